// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Shared by the community programs' forms and their server actions. Messages are keys under
// "validation" or "programs.validation" (translated by the action wrapper and the forms).
import { z } from "zod";
import { blankToNull, isoDay, optionalMultilineText, optionalText, text } from "@/lib/validation/fields";
import { quantitySchema } from "@/lib/stock/schemas";

export const WORKSHOP_TOPICS = [
  "HEALTH",
  "POLICE_LEGAL_RIGHTS",
  "HOUSING_TENANT_RIGHTS",
  "STRESS_COPING",
  "HUMAN_RIGHTS",
  "OCCUPATIONAL_HEALTH_SAFETY",
  "VIOLENCE_PREVENTION",
  "OVERDOSE_PREVENTION",
  "BOOKKEEPING",
  "OTHER",
] as const;
export const VOLUNTEER_TIERS = ["PEER_VOLUNTEER", "SAFETY_PATROL", "EMPLOYMENT_SUPPORT"] as const;
export const TRAINING_KINDS = ["CRISIS_INTERVENTION", "NALOXONE", "SELF_DEFENCE", "FOOD_SAFETY", "OTHER"] as const;
export const VOLUNTEER_ACTIVITIES = ["MEAL_PREPARATION", "CLEANING", "NEEDLE_CLEAN_UP", "SOCIAL_EVENT", "COMMITTEE_MEETING", "SAFETY_PATROL", "OTHER"] as const;
export const SUGGESTION_STATUSES = ["OPEN", "IN_PROGRESS", "ADOPTED", "DECLINED"] as const;
export const VENUE_TYPES = ["STREET_AREA", "BAR", "PEEP_SHOW", "STRIP_CLUB", "HOURLY_HOTEL", "ONLINE", "HOME_VISIT"] as const;

/** A shift is at most 16 hours (960 minutes). */
export const MAX_SHIFT_MINUTES = 960;

const id = z.uuid({ error: "errors.notFound" });
const required = (max: number) => text(max).min(1, { error: "validation.required" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });
/** Checkboxes send true/false, a hidden input "true"/"false"/"on". */
const checkbox = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());

/** A headcount: a whole number, zero or more (people met, cards, anonymous attendance ...). */
export const countSchema = z.coerce
  .number({ error: "validation.count" })
  .int({ error: "validation.count" })
  .min(0, { error: "validation.count" })
  .max(10_000, { error: "validation.count" });

// No transform in these schemas: parsing a parsed value gives it back, so the form's values and
// the server's parse agree whatever the form sends. Commands convert to minutes and cents.
const decimal = (value: unknown) => (typeof value === "string" ? value.trim().replace(",", ".") : value);

/** "2,5" or "2.5" hours; more than nothing, at most 16 hours. */
export const hoursSchema = z.preprocess(
  decimal,
  z.coerce.number({ error: "programs.validation.hours" }).gt(0, { error: "programs.validation.hours" }).max(16, { error: "programs.validation.hours" }),
);

/** "12,50" or "12.50" dollars, zero or more. */
export const dollarsSchema = z.preprocess(
  decimal,
  z.coerce.number({ error: "validation.money" }).min(0, { error: "validation.money" }).max(100_000, { error: "validation.money" }),
);

export const toMinutes = (hours: number) => Math.round(hours * 60);
export const toCents = (dollars: number) => Math.round(dollars * 100);

// ----------------------------------------------------------------------------------- workshops

export const workshopSchema = z.object({
  titleFr: required(120),
  titleEn: required(120),
  descriptionFr: optionalMultilineText(1000),
  descriptionEn: optionalMultilineText(1000),
  topic: z.enum(WORKSHOP_TOPICS, { error: "validation.choice" }),
  facilitator: required(80),
  facilitatorOrganisation: optionalText(120),
  date: isoDay,
  startTime: time,
});

export const attendanceSchema = z.object({
  workshopId: id,
  /** Participants checked on the list of that night's visits. */
  participantIds: z.preprocess((value) => (value === false || value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(id)),
  /** Codes of participants who came without a visit that night, separated by spaces or commas. */
  extraCodes: optionalText(200),
  anonymousCount: countSchema,
  feedbackScore: z.preprocess(blankToNull, z.coerce.number({ error: "programs.validation.score" }).int({ error: "programs.validation.score" }).min(1, { error: "programs.validation.score" }).max(5, { error: "programs.validation.score" }).nullable()),
  feedbackNote: optionalText(500),
});

// ---------------------------------------------------------------------------------- volunteers

export const newVolunteerSchema = z.object({
  participantCode: required(12),
  /** The person agreed to volunteer and to have their shifts recorded. */
  consent: checkbox.refine((value) => value, { error: "programs.validation.consent" }),
  consentOn: isoDay,
  tier: z.enum(VOLUNTEER_TIERS, { error: "validation.choice" }),
});

export const tierChangeSchema = z.object({
  volunteerId: id,
  tier: z.enum(VOLUNTEER_TIERS, { error: "validation.choice" }),
  changedOn: isoDay,
  note: optionalText(300),
});

export const trainingSchema = z
  .object({
    volunteerId: id,
    kind: z.enum(TRAINING_KINDS, { error: "validation.choice" }),
    label: optionalText(120),
    takenOn: isoDay,
    expiresOn: z.preprocess(blankToNull, isoDay.nullable()),
  })
  .refine((value) => !value.expiresOn || value.expiresOn >= value.takenOn, { error: "programs.validation.expiryBeforeTraining", path: ["expiresOn"] });

const shiftFields = {
  date: isoDay,
  activity: z.enum(VOLUNTEER_ACTIVITIES, { error: "validation.choice" }),
  hours: hoursSchema,
  note: optionalText(300),
};

/** Staff record a volunteer's shift and the honorarium paid (dollars in the form, cents stored). */
export const shiftSchema = z.object({ volunteerId: id, ...shiftFields, honorarium: dollarsSchema });

/** A peer records their own shift: no volunteer to choose, no honorarium (staff pay it). */
export const ownShiftSchema = z.object(shiftFields);

export const linkAccountSchema = z.object({
  volunteerId: id,
  userId: z.preprocess(blankToNull, id.nullable()),
});

export const setVolunteerActiveSchema = z.object({ volunteerId: id, active: checkbox });

export const committeeMeetingSchema = z.object({
  heldOn: isoDay,
  attendees: countSchema,
  note: optionalMultilineText(1000),
  /** One suggestion per line. */
  suggestions: z.preprocess(
    (value) => (typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : value),
    z.array(required(300)).max(30, { error: "validation.tooLong" }),
  ),
});

export const suggestionSchema = z.object({
  suggestionId: id,
  status: z.enum(SUGGESTION_STATUSES, { error: "validation.choice" }),
  outcome: optionalText(300),
});

// ------------------------------------------------------------------------------------ outreach

export const venueSchema = z.object({
  venueId: z.preprocess(blankToNull, id.nullable()),
  name: required(80),
  type: z.enum(VENUE_TYPES, { error: "validation.choice" }),
  /** A general location ("rue Sainte-Catherine est, near Papineau"), never a home address. */
  area: required(120),
  weeklyTarget: z.coerce
    .number({ error: "programs.validation.weeklyTarget" })
    .int({ error: "programs.validation.weeklyTarget" })
    .min(1, { error: "programs.validation.weeklyTarget" })
    .max(14, { error: "programs.validation.weeklyTarget" }),
  serviceAgreement: checkbox,
  active: checkbox,
  note: optionalText(300),
});

export const outreachShiftSchema = z
  .object({
    date: isoDay,
    startTime: time,
    endTime: time,
    staffIds: z.preprocess((value) => (value === false || value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(id).min(1, { error: "programs.validation.staff" })),
    note: optionalText(500),
  })
  .refine((value) => value.endTime > value.startTime, { error: "validation.endBeforeStart", path: ["endTime"] });

/**
 * One venue visit's counts: the desk's contact form sends them for a shift already recorded; the
 * field app's shift derives its visits from these (lib/field/schemas.ts), so both accept the same.
 */
export const outreachContactFields = z.object({
  shiftId: id,
  venueId: id,
  peopleMet: countSchema,
  newContacts: countSchema,
  cardsGiven: countSchema,
  referrals: countSchema,
  note: optionalText(300),
});

/** The new contacts are among the people met: the refinement every venue visit carries. */
export function newContactsAmongPeopleMet<S extends z.ZodType<{ peopleMet: number; newContacts: number }>>(schema: S): S {
  return schema.refine((value) => value.newContacts <= value.peopleMet, { error: "programs.validation.newContacts", path: ["newContacts"] });
}

export const outreachContactSchema = newContactsAmongPeopleMet(outreachContactFields);

export const outreachSupplySchema = z.object({
  contactId: id,
  itemId: id,
  size: z.preprocess((value) => (value === null || value === undefined ? "" : value), text(10)),
  quantity: quantitySchema,
});
