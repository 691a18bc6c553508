import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { centreTimeZone } from "@/lib/nights/today";
import { createSession, giveResult, recordEncounter, saveVaccine } from "@/lib/clinic/commands";
import { setRecordsResults } from "@/lib/clinic/settings";
import { encounterSchema, giveResultSchema, hivResultsSettingSchema, newSessionSchema, vaccineSchema } from "@/lib/clinic/schemas";

// Every clinic action answers with ids and a message only: nothing of the health record
// travels back in the response.
export const createSessionAction = {
  name: "clinic.session.create",
  entity: "ClinicSession",
  permission: "clinic:write",
  schema: newSessionSchema,
  run: async ({ tx, session, input, now }) => {
    const sessionId = await createSession(tx, session, input, now, centreTimeZone());
    return { data: { sessionId }, entityId: sessionId, messageKey: "clinic.sessionStarted" };
  },
} satisfies ActionDefinition<typeof newSessionSchema, { sessionId: string }>;

export const recordEncounterAction = {
  name: "clinic.encounter.create",
  idempotent: true,
  entity: "ClinicEncounter",
  permission: "clinic:write",
  schema: encounterSchema,
  run: async ({ tx, session, input, now, locale }) => {
    const encounterId = await recordEncounter(tx, session, input, now, centreTimeZone(), locale);
    return { data: { encounterId }, entityId: encounterId, messageKey: "clinic.encounterSaved" };
  },
} satisfies ActionDefinition<typeof encounterSchema, { encounterId: string }>;

export const giveResultAction = {
  name: "clinic.result.give",
  entity: "ClinicTest",
  permission: "clinic:write",
  schema: giveResultSchema,
  run: async ({ tx, input, now }) => {
    const testId = await giveResult(tx, input, now);
    return { data: { testId }, entityId: testId, messageKey: "clinic.resultGiven" };
  },
} satisfies ActionDefinition<typeof giveResultSchema, { testId: string }>;

export const saveVaccineAction = {
  name: "clinic.vaccine.save",
  entity: "ClinicVaccine",
  permission: "clinic:settings",
  schema: vaccineSchema,
  run: async ({ tx, input }) => {
    const vaccineId = await saveVaccine(tx, input);
    return { data: { vaccineId }, entityId: vaccineId, messageKey: "clinic.settings.vaccineSaved" };
  },
} satisfies ActionDefinition<typeof vaccineSchema, { vaccineId: string }>;

export const setRecordResultsAction = {
  name: "clinic.settings.results",
  entity: "Setting",
  permission: "clinic:settings",
  schema: hivResultsSettingSchema,
  run: async ({ tx, input }) => {
    await setRecordsResults(tx, input.record);
    return { data: { record: input.record }, entityId: "clinic.recordResults", messageKey: "clinic.settings.saved" };
  },
} satisfies ActionDefinition<typeof hivResultsSettingSchema, { record: boolean }>;
