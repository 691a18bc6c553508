// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// What a device in the field queues and later sends (DESIGN.md §4.8), checked the same way on the
// device (before it is queued) and by the server (when it arrives). Shared with the browser: no
// server-only code. One entry is a whole outreach shift or a whole partner-venue clinic session,
// recorded in one transaction, so a queue replay either records all of it once or nothing.
import { z } from "zod";
import { isoDay, optionalText } from "@/lib/validation/fields";
import { newContactsAmongPeopleMet, outreachContactFields } from "@/lib/programs/schemas";
import { quantitySchema } from "@/lib/stock/schemas";
import { encounterSchema } from "@/lib/clinic/schemas";

/** An entry not sent within 12 hours is no longer accepted (and the device erases it). */
export const FIELD_SYNC_LIMIT_MS = 12 * 60 * 60 * 1000;
/** After this long without a sync the device warns that its queue will soon be erased. */
export const FIELD_WARN_AFTER_MS = 10 * 60 * 60 * 1000;

const id = z.uuid({ error: "errors.notFound" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });
/** When the worker saved the entry on the device (ms since 1970, the device's clock). */
const recordedAt = z.number({ error: "field.errors.tooOld" }).int({ error: "field.errors.tooOld" }).positive({ error: "field.errors.tooOld" });

export const fieldSupplySchema = z.object({
  itemId: id,
  size: z.preprocess((value) => (value === null || value === undefined ? "" : value), z.string().max(10)),
  quantity: quantitySchema,
});

/** The desk's outreach contact without its shift (the entry is the shift), with what was handed out. */
export const fieldVenueVisitSchema = newContactsAmongPeopleMet(
  outreachContactFields.omit({ shiftId: true }).extend({ supplies: z.array(fieldSupplySchema).max(20).default([]) }),
);

export const fieldShiftSchema = z
  .object({
    submissionId: z.uuid(),
    recordedAt,
    date: isoDay,
    startTime: time,
    endTime: time,
    note: optionalText(500),
    visits: z.array(fieldVenueVisitSchema).min(1, { error: "field.errors.noVenue" }).max(40),
  })
  .refine((value) => value.endTime > value.startTime, { error: "validation.endBeforeStart", path: ["endTime"] })
  .refine((value) => new Set(value.visits.map((visit) => visit.venueId)).size === value.visits.length, {
    error: "programs.errors.venueAlreadyVisited",
    path: ["visits"],
  });

/** An anonymous encounter: the clinic encounter form's services, with no participant and no referral. */
export const fieldEncounterSchema = z
  .object({
    tests: encounterSchema.shape.tests,
    vaccinations: encounterSchema.shape.vaccinations,
    supplies: encounterSchema.shape.supplies,
  })
  .refine((value) => Object.values(value.tests).some((test) => test.done) || value.vaccinations.length > 0 || value.supplies.length > 0, {
    error: "clinic.errors.noService",
    path: ["services"],
  });

export const fieldClinicSessionSchema = z.object({
  submissionId: z.uuid(),
  recordedAt,
  date: isoDay,
  partnerId: z.uuid({ error: "errors.unknownPartner" }),
  encounters: z.array(fieldEncounterSchema).min(1, { error: "field.errors.noEncounter" }).max(60),
});

export type FieldShiftInput = z.input<typeof fieldShiftSchema>;
export type FieldClinicSessionInput = z.input<typeof fieldClinicSessionSchema>;
