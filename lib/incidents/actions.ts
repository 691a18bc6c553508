import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { createIncident, updateIncident } from "@/lib/incidents/commands";
import { newIncidentSchema, updateIncidentSchema } from "@/lib/incidents/schemas";
import { nightDateOf } from "@/lib/nights/local-date";
import { env } from "@/lib/env";

const today = (now: Date) => nightDateOf(now, env().CENTRE_TIME_ZONE);

export const createIncidentAction = {
  name: "incidents.create",
  idempotent: true,
  entity: "ConfidentialityIncident",
  permission: "incidents:manage",
  schema: newIncidentSchema,
  run: async ({ tx, session, input, now }) => {
    const incidentId = await createIncident(tx, session, input, today(now));
    return { data: { incidentId }, entityId: incidentId, messageKey: "incidents.created" };
  },
} satisfies ActionDefinition<typeof newIncidentSchema, { incidentId: string }>;

export const updateIncidentAction = {
  name: "incidents.update",
  entity: "ConfidentialityIncident",
  permission: "incidents:manage",
  schema: updateIncidentSchema,
  run: async ({ tx, input, now }) => {
    await updateIncident(tx, input, today(now));
    return { data: { incidentId: input.incidentId }, entityId: input.incidentId, messageKey: "incidents.saved" };
  },
} satisfies ActionDefinition<typeof updateIncidentSchema, { incidentId: string }>;
