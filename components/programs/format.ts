// Formatting shared by the community programs' pages (server or client): dates are local
// "YYYY-MM-DD" strings, so they are shown at noon UTC to never slip a day.
import type { createFormatter } from "next-intl";
import { formatLocalDate } from "@/lib/i18n/format-local-date";

type Formatter = Pick<ReturnType<typeof createFormatter>, "dateTime" | "number">;

export function day(format: Formatter, isoDate: string, style: "medium" | "full" = "medium"): string {
  return formatLocalDate(format, isoDate, { dateStyle: style });
}

export function hours(format: Formatter, minutes: number): string {
  return format.number(minutes / 60, { maximumFractionDigits: 1 });
}

export function money(format: Formatter, cents: number): string {
  return format.number(cents / 100, { style: "currency", currency: "CAD" });
}
