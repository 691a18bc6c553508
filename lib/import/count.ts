import "server-only";
// A count of a night (visits, meals) as a spreadsheet in Québec writes it: "1 234" (a space,
// often a non-breaking one, between thousands), "12,00" or "12.00" when the column was formatted
// with decimals. Read by the expense import's own number reader (lib/costs/money.ts), so both
// imports take the same formats and refuse the same ambiguity ("1,234": a thousand, or 1.234?).
import { parseAmount } from "@/lib/costs/money";

export type CountProblem = "notANumber" | "ambiguous" | "notWhole" | "negative" | "tooLarge";
export type CountResult = { ok: true; count: number } | { ok: false; reason: CountProblem };

/** More than any night of a drop-in; a typo with an extra digit is caught, not counted. */
export const MAX_COUNT = 10_000;

export function parseCount(raw: string): CountResult {
  const text = raw.trim();
  // A money sign in a count is a pasted column, not a count.
  if (text.includes("$")) return { ok: false, reason: "notANumber" };
  // parseAmount refuses zero (no expense is free); a night can have no meal.
  if (/^0+(?:[.,]0+)?$/.test(text.replace(/[\s\u00A0\u202F\u2009]/g, ""))) return { ok: true, count: 0 };
  const amount = parseAmount(text);
  if (!amount.ok) {
    if (amount.reason === "notPositive") return { ok: false, reason: "negative" };
    if (amount.reason === "ambiguous" || amount.reason === "tooLarge") return { ok: false, reason: amount.reason };
    if (amount.reason === "tooManyDecimals") return { ok: false, reason: "notWhole" };
    return { ok: false, reason: "notANumber" };
  }
  if (amount.cents % 100 !== 0) return { ok: false, reason: "notWhole" };
  const count = amount.cents / 100;
  if (count > MAX_COUNT) return { ok: false, reason: "tooLarge" };
  return { ok: true, count };
}
