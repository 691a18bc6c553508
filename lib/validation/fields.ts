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

/** A calendar date as forms send it, "YYYY-MM-DD". */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: "validation.date" });
