// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// First run: the set-up form, and the coordinator's confirmation before the demo is wiped.
// Shared by the client forms and the server actions; messages are keys in messages/*.json.
import { z } from "zod";
import { displayNameSchema, passwordSchema, usernameSchema } from "../users/schemas.ts";
import { DEFAULT_CATALOGUE } from "../catalogue/default-catalogue.ts";
import { DEFAULT_VACCINES } from "../clinic/default-vaccines.ts";
import { SPOKEN_LANGUAGES } from "./spoken-languages.ts";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

const catalogueKeys = DEFAULT_CATALOGUE.map((item) => item.key) as [string, ...string[]];
const vaccineKeys = DEFAULT_VACCINES.map((vaccine) => vaccine.key) as [string, ...string[]];

/** Checkbox groups send nothing, one string or several: always a list here. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === false || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const setUpCentreSchema = z
  .object({
    code: z.string().trim().min(1, { error: "validation.required" }).max(40, { error: "setup.errors.wrongCode" }),
    username: usernameSchema,
    displayName: displayNameSchema,
    password: passwordSchema,
    passwordAgain: z.string().max(200, { error: "validation.tooLong" }),
    siteName: z
      .string()
      .trim()
      .min(1, { error: "validation.required" })
      .max(80, { error: "validation.tooLong" })
      .regex(/^[^\p{Cc}]*$/u, { error: "validation.controlCharacters" }),
    openWeekdays: list(z.coerce.number().int().min(1).max(7))
      .refine((days) => days.length > 0, { error: "validation.weekdays" })
      .transform((days) => [...new Set(days)].sort()),
    opensAt: time,
    closesAt: time,
    timeZone: z.string().trim().refine(isTimeZone, { error: "setup.errors.timeZone" }),
    languages: list(z.enum(SPOKEN_LANGUAGES, { error: "setup.errors.languages" })).refine((languages) => languages.length > 0, { error: "setup.errors.languages" }),
    catalogue: list(z.enum(catalogueKeys, { error: "setup.errors.unknownChoice" })),
    vaccines: list(z.enum(vaccineKeys, { error: "setup.errors.unknownChoice" })),
  })
  .refine((input) => input.password === input.passwordAgain, { path: ["passwordAgain"], error: "setup.errors.passwordsDiffer" });
export type SetUpCentreInput = z.output<typeof setUpCentreSchema>;

export const startDemoSchema = z.object({}).strict();

/** Typed in full: the demo's records go, and only a centre's first run can come after. */
export const WIPE_PHRASES = { fr: "EFFACER LA DÉMO", en: "WIPE THE DEMO" } as const;
export const wipeDemoSchema = z.object({
  confirmation: z
    .string()
    .trim()
    .refine((typed) => (Object.values(WIPE_PHRASES) as string[]).includes(typed.toUpperCase()), { error: "setup.errors.wipeConfirmation" }),
});
