// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The zod building blocks every domain's schemas share. Messages are keys under "validation".
import { z } from "zod";

/** One line of text: no control characters at all. */
export const NO_CONTROL = /^[^\u0000-\u001F\u007F]*$/;
/** Several lines (a textarea): line breaks and tabs allowed, other control characters not. */
const NO_CONTROL_BUT_LINES = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Forms send "" for a field left empty: that means "not given". */
export const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

export const text = (max: number) =>
  z.string().trim().max(max, { error: "validation.tooLong" }).regex(NO_CONTROL, { error: "validation.controlCharacters" });

export const optionalText = (max: number) => z.preprocess(blankToNull, text(max).nullable());

export const multilineText = (max: number) =>
  z.string().trim().max(max, { error: "validation.tooLong" }).regex(NO_CONTROL_BUT_LINES, { error: "validation.controlCharacters" });

export const optionalMultilineText = (max: number) => z.preprocess(blankToNull, multilineText(max).nullable());

/**
 * A calendar date as forms send it, "YYYY-MM-DD": a real day (not "2026-02-30", which
 * Date.parse accepts, nor "0002-20-03", which it reads as something else), in years a record of
 * the centre can have. Found by fuzzing: such days reached the database as an invalid date.
 */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine(isRealDay, { error: "validation.date" });

function isRealDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2999) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
