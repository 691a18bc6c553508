// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// A date-only value ("YYYY-MM-DD", or a month "YYYY-MM") shown in the reader's language without
// slipping a day: it is read as noon UTC and formatted in UTC, so no time zone between -12 and +12
// moves it across midnight. A pure function of the formatter it is given (next-intl's `format`, from getFormatter or useFormatter).
import type { DateTimeFormatOptions, createFormatter } from "next-intl";

type Formatter = Pick<ReturnType<typeof createFormatter>, "dateTime">;
/** Day, month, year and weekday parts only: a date-only value has no time and no zone of its own. */
export type LocalDateOptions = Omit<DateTimeFormatOptions, "timeZone" | "hour" | "minute" | "second" | "timeStyle">;

/** The instant a date-only value is shown at: noon UTC of the day (the 15th of a month). */
export function noonUtc(isoDateOrMonth: string): Date {
  const day = /^\d{4}-\d{2}$/.test(isoDateOrMonth) ? `${isoDateOrMonth}-15` : isoDateOrMonth;
  return new Date(`${day}T12:00:00Z`);
}

export function formatLocalDate(format: Formatter, isoDateOrMonth: string, options: LocalDateOptions = { dateStyle: "medium" }): string {
  return format.dateTime(noonUtc(isoDateOrMonth), { ...options, timeZone: "UTC" });
}
