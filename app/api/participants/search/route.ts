import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { searchParticipants } from "@/lib/participants/queries";
import { centreToday } from "@/lib/nights/today";

const querySchema = z.object({
  q: z.string().max(60),
  night: z.uuid().optional(),
});

// Search as you type at the door: code, alias, last visit, and an alert when restricted.
export const GET = defineRoute({
  name: "participants.search",
  permission: "participants:read",
  schema: querySchema,
  run: async ({ session, input }) => searchParticipants(session, input.q, { nightId: input.night ?? null, today: centreToday() }),
});
