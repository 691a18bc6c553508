import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { centreTimeZone } from "@/lib/nights/today";
import { recordFieldClinicSession, recordFieldShift } from "@/lib/field/commands";
import { fieldClinicSessionSchema, fieldShiftSchema } from "@/lib/field/schemas";

// Idempotent by the entry's submissionId, made on the device when the entry was saved: a replay
// after a lost answer, a killed page or a second tab gets the first copy's result, never a second record.
export const recordFieldShiftAction = {
  name: "field.outreach-shift",
  idempotent: true,
  entity: "OutreachShift",
  permission: "programs:write",
  schema: fieldShiftSchema,
  run: async ({ tx, session, input, now, locale }) => {
    const data = await recordFieldShift(tx, session, input, { now, locale, timeZone: centreTimeZone() });
    return { data, entityId: data.shiftId, messageKey: "field.recorded", auditDetail: `venues:${data.venues};supplies:${data.supplies}` };
  },
} satisfies ActionDefinition<typeof fieldShiftSchema, { shiftId: string; venues: number; supplies: number }>;

export const recordFieldClinicSessionAction = {
  name: "field.clinic-session",
  idempotent: true,
  entity: "ClinicSession",
  permission: "clinic:write",
  schema: fieldClinicSessionSchema,
  run: async ({ tx, session, input, now, locale }) => {
    const data = await recordFieldClinicSession(tx, session, input, { now, locale, timeZone: centreTimeZone() });
    return { data, entityId: data.sessionId, messageKey: "field.recorded", auditDetail: `encounters:${data.encounters}` };
  },
} satisfies ActionDefinition<typeof fieldClinicSessionSchema, { sessionId: string; encounters: number }>;
