// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
import { z } from "zod";
import { blankToNull, isoDay, multilineText, NO_CONTROL, optionalMultilineText, optionalText, text } from "@/lib/validation/fields";

export const VIOLENCE_TYPES = ["PHYSICAL", "SEXUAL", "THREAT", "ROBBERY", "REFUSED_TO_PAY", "CONDOM_REMOVED", "WEAPON", "OTHER"] as const;

const time = z.preprocess(blankToNull, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" }).nullable());

export const violenceReportSchema = z.object({
  occurredOn: isoDay,
  timeFrom: time,
  timeTo: time,
  /** A general area (a street corner, a park, a venue's block), never an exact address. */
  area: text(120).min(2, { error: "validation.required" }),
  types: z.array(z.enum(VIOLENCE_TYPES, { error: "validation.choice" })).min(1, { error: "validation.violenceType" }),
  aggressorDescription: optionalMultilineText(1000),
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
          aggressorDescription: multilineText(1000).nullable(),
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
