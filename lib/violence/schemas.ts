import { z } from "zod";

export const VIOLENCE_TYPES = ["PHYSICAL", "SEXUAL", "THREAT", "ROBBERY", "REFUSED_TO_PAY", "CONDOM_REMOVED", "WEAPON", "OTHER"] as const;

const NO_CONTROL = /^[^\u0000-\u001F\u007F]*$/;
const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const text = (max: number) => z.string().trim().max(max, { error: "validation.tooLong" }).regex(NO_CONTROL, { error: "validation.controlCharacters" });
const optionalText = (max: number) => z.preprocess(blankToNull, text(max).nullable());
const time = z.preprocess(blankToNull, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" }).nullable());
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" }).refine((value) => !Number.isNaN(Date.parse(value)), { error: "validation.date" });

export const violenceReportSchema = z.object({
  occurredOn: isoDay,
  timeFrom: time,
  timeTo: time,
  /** A general area (a street corner, a park, a venue's block), never an exact address. */
  area: text(120).min(2, { error: "validation.required" }),
  types: z.array(z.enum(VIOLENCE_TYPES, { error: "validation.choice" })).min(1, { error: "validation.violenceType" }),
  aggressorDescription: optionalText(1000),
  vehicleDescription: optionalText(300),
  plate: optionalText(20),
  phone: optionalText(30),
  reportedToPolice: z.coerce.boolean(),
  thirdPartyReport: z.coerce.boolean(),
  consentToShare: z.coerce.boolean(),
  /** The reporter's participant code, when they want the report linked to them; blank = anonymous. */
  reporterCode: optionalText(12),
});

export const alertSheetSchema = z.object({
  from: isoDay,
  to: isoDay,
});

const hash = z.string().regex(/^[0-9a-f]{64}$/, { error: "validation.sharedListFormat" });

/** What one organisation hands another: hashes and descriptions of consented reports only. */
export const sharedListSchema = z.object({
  format: z.literal("halte-aggressor-list/1", { error: "validation.sharedListFormat" }),
  entries: z
    .array(
      z
        .object({
          plateHash: hash.nullable(),
          phoneHash: hash.nullable(),
          types: z.array(z.enum(VIOLENCE_TYPES)).max(VIOLENCE_TYPES.length),
          aggressorDescription: z.string().max(1000).regex(NO_CONTROL).nullable(),
          vehicleDescription: z.string().max(300).regex(NO_CONTROL).nullable(),
        })
        .refine((entry) => entry.plateHash || entry.phoneHash, { error: "validation.sharedListFormat" }),
    )
    .max(10_000, { error: "validation.sharedListFormat" }),
});

export const importSharedListSchema = z.object({
  source: text(120).min(2, { error: "validation.required" }),
  /** The file's text, read by the browser. */
  content: z.string().max(5_000_000, { error: "validation.tooLong" }),
});
