import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { participantRecord } from "@/lib/participants/record-export";
import { centreToday } from "@/lib/nights/today";

// Portability (Law 25): one participant's record as JSON, exactly the role's profile page, whole; audited.
export const GET = defineRoute({
  name: "participants.export",
  permission: "participants:export",
  schema: z.object({ id: z.uuid() }),
  download: "halte-dossier.json",
  run: ({ session, input }) => participantRecord(session, input.id, { how: "json", today: centreToday() }),
});
// A POST with our Origin exports too (lib/actions/define-route.ts: same-origin requests only).
export const POST = GET;
