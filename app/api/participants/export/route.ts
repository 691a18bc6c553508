import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { participantRecord } from "@/lib/participants/record-export";

// Portability (Law 25): one participant's record as JSON, the sections the role may read; audited.
export const GET = defineRoute({
  name: "participants.export",
  permission: "participants:export",
  schema: z.object({ id: z.uuid() }),
  download: "halte-dossier.json",
  run: ({ session, input }) => participantRecord(session, input.id, { how: "json" }),
});
// A POST with our Origin exports too (lib/actions/define-route.ts: same-origin requests only).
export const POST = GET;
