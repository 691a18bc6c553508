import { fieldEntryRoute } from "@/lib/field/route";
import { recordFieldClinicSessionAction } from "@/lib/field/actions";

// A partner-venue clinic session (anonymous encounters) recorded on a device, replayed from its queue.
export const POST = fieldEntryRoute(recordFieldClinicSessionAction);
