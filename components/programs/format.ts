// Formatting shared by the community programs' pages (server or client): dates are local
// "YYYY-MM-DD" strings, so they are shown at noon UTC to never slip a day.
import type { createFormatter } from "next-intl";

type Formatter = Pick<ReturnType<typeof createFormatter>, "dateTime" | "number">;

export function day(format: Formatter, isoDate: string, style: "medium" | "full" = "medium"): string {
  return format.dateTime(new Date(`${isoDate}T12:00:00Z`), { dateStyle: style, timeZone: "UTC" });
}

export function hours(format: Formatter, minutes: number): string {
  return format.number(minutes / 60, { maximumFractionDigits: 1 });
}

export function money(format: Formatter, cents: number): string {
  return format.number(cents / 100, { style: "currency", currency: "CAD" });
}
