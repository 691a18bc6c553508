// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// What the health team types, checked the same way in the form and in the action.
// Message keys under clinic.errors are translated like validation.* (lib/actions/translate-issues.ts).
import { z } from "zod";
import { blankToNull, isoDay, optionalMultilineText, optionalText, text } from "@/lib/validation/fields";

export const SESSION_TYPES = ["MOBILE_UNIT", "DENTAL", "PARTNER_VACCINATION"] as const;
export const TEST_KINDS = ["HIV", "CHLAMYDIA", "GONORRHEA", "SYPHILIS", "HEPATITIS_C"] as const;
export const TEST_METHODS = ["RAPID", "LAB"] as const;
export const TEST_RESULTS = ["NEGATIVE", "POSITIVE", "INDETERMINATE"] as const;
export const CARE_KINDS = ["WOUND_CARE", "FOOT_CARE", "MINOR_INJURY"] as const;
export const DENTAL_KINDS = ["DENTAL_EXAM", "DENTAL_CLEANING", "DENTAL_EXTRACTION", "DENTAL_REFERRAL"] as const;
export const ALL_CARE_KINDS = [...CARE_KINDS, ...DENTAL_KINDS] as const;
export type TestKind = (typeof TEST_KINDS)[number];

const uuid = z.uuid({ error: "errors.notFound" });
const optionalUuid = z.preprocess(blankToNull, uuid.nullable());

export const newSessionSchema = z
  .object({
    type: z.enum(SESSION_TYPES, { error: "validation.choice" }),
    date: isoDay,
    partnerId: z.preprocess(blankToNull, z.uuid({ error: "errors.unknownPartner" }).nullable()),
    clinicianIds: z.array(uuid).max(20).default([]),
    notes: optionalMultilineText(1000),
  })
  .refine((value) => value.type !== "PARTNER_VACCINATION" || value.partnerId, { error: "clinic.errors.partnerRequired", path: ["partnerId"] });

const testSchema = z
  .object({
    done: z.boolean().default(false),
    method: z.preprocess(blankToNull, z.enum(TEST_METHODS, { error: "validation.choice" }).nullable()).default(null),
    resultGiven: z.boolean().default(false),
    result: z.preprocess(blankToNull, z.enum(TEST_RESULTS, { error: "validation.choice" }).nullable()).default(null),
  })
  // A result (given or recorded) for a test that was not done is a slip of the finger: refuse it.
  .refine((test) => test.done || (!test.resultGiven && !test.result), { error: "clinic.errors.resultWithoutTest", path: ["resultGiven"] })
  .refine((test) => !test.result || test.resultGiven, { error: "clinic.errors.resultNotGiven", path: ["result"] });

const notDone = { done: false, method: null, resultGiven: false, result: null };

export const encounterSchema = z
  .object({
    sessionId: uuid,
    /** Blank: an anonymous person, nothing linked to any record. */
    participantId: optionalUuid,
    tests: z
      .object({
        HIV: testSchema.default(notDone),
        CHLAMYDIA: testSchema.default(notDone),
        GONORRHEA: testSchema.default(notDone),
        SYPHILIS: testSchema.default(notDone),
        HEPATITIS_C: testSchema.default(notDone),
      })
      .default({ HIV: notDone, CHLAMYDIA: notDone, GONORRHEA: notDone, SYPHILIS: notDone, HEPATITIS_C: notDone })
      .refine((tests) => !tests.HIV.done || tests.HIV.method, { error: "clinic.errors.hivMethod", path: ["HIV", "method"] }),
    vaccinations: z
      .array(z.object({ vaccineId: uuid, dose: z.coerce.number({ error: "clinic.errors.doseOutOfSchedule" }).int({ error: "clinic.errors.doseOutOfSchedule" }).min(1, { error: "clinic.errors.doseOutOfSchedule" }).max(20, { error: "clinic.errors.doseOutOfSchedule" }) }))
      .max(8)
      .default([]),
    /** A vaccine not in the list, named as given. */
    otherVaccine: optionalText(80),
    care: z.array(z.enum(ALL_CARE_KINDS, { error: "validation.choice" })).max(ALL_CARE_KINDS.length).default([]),
    supplies: z
      .array(z.object({ itemId: uuid, quantity: z.coerce.number({ error: "validation.quantity" }).int({ error: "validation.quantity" }).min(1, { error: "validation.quantity" }).max(100, { error: "validation.quantity" }) }))
      .max(10)
      .default([]),
    /** A medical referral to a partner (the Referral model, medical = true). */
    referralPartnerId: optionalUuid,
    notes: optionalMultilineText(1000),
  })
  .refine(
    (value) =>
      TEST_KINDS.some((kind) => value.tests[kind].done) || value.vaccinations.length > 0 || Boolean(value.otherVaccine) || value.care.length > 0 || value.supplies.length > 0 || Boolean(value.referralPartnerId),
    { error: "clinic.errors.noService", path: ["services"] },
  )
  .refine((value) => new Set(value.vaccinations.map((vaccination) => vaccination.vaccineId)).size === value.vaccinations.length, {
    error: "clinic.errors.vaccineTwice",
    path: ["vaccinations"],
  });

export type EncounterInput = z.input<typeof encounterSchema>;

/** Giving a result back at a later clinic night (a lab test). */
export const giveResultSchema = z.object({
  testId: uuid,
  result: z.preprocess(blankToNull, z.enum(TEST_RESULTS, { error: "validation.choice" }).nullable()).default(null),
});

const scheduleMonths = z
  .string()
  .trim()
  .transform((value) => value.split(/[\s,;]+/).filter(Boolean).map(Number))
  .refine((months) => months.length >= 1 && months.length <= 10 && months.every((month) => Number.isInteger(month) && month >= 0 && month <= 120), { error: "clinic.errors.schedule" })
  .refine((months) => months[0] === 0 && months.every((month, index) => index === 0 || month > months[index - 1]!), { error: "clinic.errors.schedule" });

export const vaccineSchema = z.object({
  vaccineId: optionalUuid,
  nameFr: text(80).min(1, { error: "validation.required" }),
  nameEn: text(80).min(1, { error: "validation.required" }),
  /** "0, 1, 6": months after the first dose. */
  schedule: scheduleMonths,
  active: z.boolean().default(true),
});

export const hivResultsSettingSchema = z.object({ record: z.boolean() });
