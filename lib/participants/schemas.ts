// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Shared by the intake and profile forms and their server actions. There is deliberately no
// field for a legal name, a birth date, a phone, an email or an address (docs/roles-and-privacy.md, rule 1).
import { z } from "zod";
import { blankToNull, isoDay, multilineText, NO_CONTROL, text } from "@/lib/validation/fields";
import { clockNow } from "@/lib/test-clock-setting";


export const AGE_BANDS = ["UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_PLUS"] as const;
export const GENDER_IDENTITIES = ["MAN", "WOMAN", "TRANS_MAN", "TRANS_WOMAN", "NON_BINARY", "TWO_SPIRIT", "SELF_DESCRIBED", "PREFER_NOT_TO_SAY"] as const;
export const PREFERRED_LANGUAGES = ["FRENCH", "ENGLISH", "OTHER"] as const;
export const HEARD_FROM = ["STREET_OUTREACH", "ANOTHER_PARTICIPANT", "PARTNER_ORGANISATION", "HEALTH_SERVICE", "ONLINE", "OTHER"] as const;
export const IMMEDIATE_NEEDS = ["FOOD", "CLOTHING", "HYGIENE", "HARM_REDUCTION_SUPPLIES", "HEALTH_CARE", "REST_SAFE_PLACE", "PHONE_COMPUTER"] as const;
export const LONG_TERM_NEEDS = ["HOUSING", "EMPLOYMENT_OR_EXIT", "LEGAL", "ADDICTION", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "INCOME", "IDENTITY_DOCUMENTS"] as const;
export const HOUSING_SITUATIONS = ["STABLE", "WITH_FRIENDS_OR_FAMILY", "ROOMING_HOUSE_OR_HOTEL", "SHELTER", "STREET", "OTHER", "PREFERS_NOT_TO_SAY"] as const;
export const CONSENT_SCOPES = ["VISITS_ONLY", "NEEDS", "NEEDS_AND_NOTES"] as const;

/** Empty strings from forms mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable());

export const aliasSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.aliasLength" })
  .max(40, { error: "validation.aliasLength" })
  .regex(NO_CONTROL, { error: "validation.controlCharacters" });


// Read on each check, not once at load: a server running over New Year, or the test clock.
const currentYear = () => clockNow().getUTCFullYear();

export const participantFieldsSchema = z.object({
  alias: aliasSchema,
  birthYear: optional(z.coerce.number({ error: "validation.birthYear" }).int({ error: "validation.birthYear" }).refine((year) => year >= currentYear() - 100 && year <= currentYear() - 10, { error: "validation.birthYear" })),
  ageBand: optional(z.enum(AGE_BANDS, { error: "validation.choice" })),
  genderIdentity: optional(z.enum(GENDER_IDENTITIES, { error: "validation.choice" })),
  genderSelfDescribed: optional(text(40)),
  pronouns: optional(text(30)),
  preferredLanguage: optional(z.enum(PREFERRED_LANGUAGES, { error: "validation.choice" })),
  heardFrom: optional(z.enum(HEARD_FROM, { error: "validation.choice" })),
});

export const intakeSchema = z.object({
  consentScope: z.enum(CONSENT_SCOPES, { error: "validation.consent" }),
  immediateNeeds: z.array(z.enum(IMMEDIATE_NEEDS, { error: "validation.choice" })).max(IMMEDIATE_NEEDS.length).default([]),
  longTermNeeds: z.array(z.enum(LONG_TERM_NEEDS, { error: "validation.choice" })).max(LONG_TERM_NEEDS.length).default([]),
  housing: optional(z.enum(HOUSING_SITUATIONS, { error: "validation.choice" })),
  note: optional(multilineText(1000)),
});

/** Quick intake at the door: the person, what they consent to, and (optionally) tonight's check-in. */
export const newParticipantSchema = participantFieldsSchema.extend({
  intake: intakeSchema,
  checkInNightId: optional(z.uuid({ error: "errors.notFound" })),
});

export const updateParticipantSchema = participantFieldsSchema.extend({ participantId: z.uuid({ error: "errors.notFound" }) });
export const recordIntakeSchema = intakeSchema.extend({ participantId: z.uuid({ error: "errors.notFound" }) });


export const restrictionSchema = z
  .object({
    participantId: z.uuid({ error: "errors.notFound" }),
    startsOn: isoDay,
    endsOn: optional(isoDay),
    reason: text(300).min(1, { error: "validation.required" }),
  })
  .refine((value) => !value.endsOn || value.endsOn >= value.startsOn, { error: "validation.endBeforeStart", path: ["endsOn"] });

export const endRestrictionSchema = z.object({ restrictionId: z.uuid({ error: "errors.notFound" }), endsOn: isoDay });

export const mergeSchema = z
  .object({ survivorId: z.uuid({ error: "errors.notFound" }), mergedId: z.uuid({ error: "errors.notFound" }) })
  .refine((value) => value.survivorId !== value.mergedId, { error: "errors.mergeIntoItself", path: ["mergedId"] });

export const searchSchema = z.object({ query: z.string().max(60, { error: "validation.tooLong" }) });

export type ParticipantFields = z.infer<typeof participantFieldsSchema>;
export type IntakeInput = z.infer<typeof intakeSchema>;
