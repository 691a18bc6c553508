// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
import { z } from "zod";
import { NO_CONTROL, optionalMultilineText, optionalText, text } from "@/lib/validation/fields";

export const REFERRAL_DOMAINS = ["ADDICTION", "HOUSING", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "EMPLOYMENT_OR_EXIT", "LEGAL", "INCOME_AND_ID", "OTHER"] as const;
export const DIRECTORY_LANGUAGES = ["fr", "en", "es", "ar", "pt", "ht", "other"] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number];
/** A partner's languages are stored as text (the form allows only these): each is named by its message. */
export const isDirectoryLanguage = (code: string): code is DirectoryLanguage => (DIRECTORY_LANGUAGES as readonly string[]).includes(code);


export const partnerSchema = z.object({
  partnerId: z.preprocess((value) => (value === "" ? null : value), z.uuid({ error: "errors.notFound" }).nullable().optional()),
  name: text(120).min(2, { error: "validation.required" }),
  domains: z.array(z.enum(REFERRAL_DOMAINS, { error: "validation.choice" })).min(1, { error: "validation.domains" }),
  languages: z.array(z.enum(DIRECTORY_LANGUAGES, { error: "validation.choice" })).default([]),
  phone: optionalText(40),
  hours: optionalText(200),
  publicAddress: optionalText(200),
  respectful: z.coerce.boolean(),
  notes: optionalMultilineText(1000),
  active: z.coerce.boolean().default(true),
});

export const directorySearchSchema = z.object({
  domain: z.enum(REFERRAL_DOMAINS).optional().catch(undefined),
  language: z.enum(DIRECTORY_LANGUAGES).optional().catch(undefined),
  // No control characters: a NUL reached PostgreSQL, which refuses it, as an error page.
  q: z.string().max(60).regex(NO_CONTROL).optional().catch(undefined),
});
