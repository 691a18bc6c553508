// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The periods a report covers: a fiscal year (starting on the month the coordinator set, April
// by default), a calendar year, or the twelve months to tonight. Days are the centre's local
// dates; `to` is exclusive. A night belongs to the date it opened, so a visit after midnight on
// the last evening still counts in that evening's period.
import { z } from "zod";
import { localTimeToUtc } from "@/lib/nights/zoned-time";

export const PERIOD_KINDS = ["rolling", "fiscal", "calendar"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = {
  kind: PeriodKind;
  /** The year the period starts in (fiscal and calendar); the year it ends in (rolling). */
  year: number;
  from: string;
  to: string;
};

export const periodSchema = z.object({
  kind: z.enum(PERIOD_KINDS, { error: "validation.choice" }).default("rolling"),
  year: z.coerce.number({ error: "validation.fiscalYear" }).int({ error: "validation.fiscalYear" }).min(2000, { error: "validation.fiscalYear" }).max(2100, { error: "validation.fiscalYear" }).optional(),
});

const pad = (value: number) => String(value).padStart(2, "0");
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10);

/** The period of that kind containing `today`, or starting in `year` when given. */
export function periodOf(kind: PeriodKind, options: { today: string; fiscalStartMonth: number; year?: number }): Period {
  const [todayYear, todayMonth] = options.today.split("-").map(Number) as [number, number];
  if (kind === "calendar") {
    const year = options.year ?? todayYear;
    return { kind, year, from: `${year}-01-01`, to: `${year + 1}-01-01` };
  }
  if (kind === "fiscal") {
    const start = options.fiscalStartMonth;
    const year = options.year ?? (todayMonth >= start ? todayYear : todayYear - 1);
    return { kind, year, from: `${year}-${pad(start)}-01`, to: `${year + 1}-${pad(start)}-01` };
  }
  // The twelve months ending tonight (included).
  const [y, m, d] = options.today.split("-").map(Number) as [number, number, number];
  const to = day(y, m, d + 1);
  const from = day(y - 1, m, d + 1);
  return { kind, year: y, from, to };
}

/** The same stretch a year earlier, for the comparison column. */
export function previousPeriod(period: Period): Period {
  const shift = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return day(y - 1, m, d);
  };
  return { kind: period.kind, year: period.year - 1, from: shift(period.from), to: shift(period.to) };
}

/** The instants bounding a period for timestamps: from 5 a.m. on its first day (nights that
 * run past midnight belong to the evening before) to 5 a.m. after its last. */
export function periodInstants(period: Period, timeZone: string): { from: Date; to: Date } {
  return { from: localTimeToUtc(period.from, "05:00", timeZone), to: localTimeToUtc(period.to, "05:00", timeZone) };
}

/** The months of a period, "YYYY-MM", in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split("-").map(Number) as [number, number];
  const [endYear, endMonth, endDay] = period.to.split("-").map(Number) as [number, number, number];
  while (year < endYear || (year === endYear && (month < endMonth || (month === endMonth && endDay > 1)))) {
    months.push(`${year}-${pad(month)}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}
