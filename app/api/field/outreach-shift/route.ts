import { fieldEntryRoute } from "@/lib/field/route";
import { recordFieldShiftAction } from "@/lib/field/actions";

// A whole outreach shift recorded on a device in the field, replayed from its queue.
export const POST = fieldEntryRoute(recordFieldShiftAction);
