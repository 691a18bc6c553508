// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// A night's paper sheet typed in afterwards (the form and the action share it).
// A line is a code or "anonymous", the services ticked and, when written, the time of arrival.
// Lines left blank are skipped, so the form can show more lines than the sheet had.
import { z } from "zod";
import { SERVICE_KINDS } from "@/lib/visits/service-kinds";
import { NO_CONTROL } from "@/lib/validation/fields";

export const PAPER_SHEET_LINES = 30;
/** A sheet holds about 30 lines; a night that took two sheets is typed in at once. */
export const PAPER_SHEET_MAX_LINES = 120;

export const paperLineSchema = z.object({
  // Longer than a code on purpose: what was written is answered as "not a code", not cut.
  code: z.string().trim().max(20, { error: "validation.tooLong" }).regex(NO_CONTROL, { error: "validation.controlCharacters" }).default(""),
  anonymous: z.boolean().default(false),
  // A checkbox group left empty arrives as false from the form.
  services: z.preprocess((value) => (value === false || value == null ? [] : value), z.array(z.enum(SERVICE_KINDS, { error: "validation.choice" })).max(SERVICE_KINDS.length)),
  time: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.time" })]).default(""),
});

export const paperSheetSchema = z.object({
  nightId: z.uuid({ error: "errors.notFound" }),
  lines: z.array(paperLineSchema).min(1, { error: "paperSheet.empty" }).max(PAPER_SHEET_MAX_LINES, { error: "validation.tooLong" }),
});

export type PaperLine = z.output<typeof paperLineSchema>;

export function isBlankLine(line: PaperLine): boolean {
  return line.code === "" && !line.anonymous && line.services.length === 0 && line.time === "";
}
