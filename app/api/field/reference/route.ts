import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { fieldReference } from "@/lib/field/reference";
import { now } from "@/lib/clock";

// Venues, catalogue, vaccines and partners for the field forms (each part only for the role that
// records it); nothing about any participant.
export const GET = defineRoute({
  name: "field.reference",
  permission: "self:manage",
  schema: z.object({}),
  run: ({ session }) => fieldReference(session, now()),
});
