import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { possibleMatches } from "@/lib/participants/queries";

const querySchema = z.object({ alias: z.string().max(60) });

// Before a new record is made: people with a similar alias, to avoid a duplicate.
export const GET = defineRoute({
  name: "participants.matches",
  permission: "participants:write",
  schema: querySchema,
  run: async ({ session, input }) => possibleMatches(session, input.alias),
});
