import "server-only";
// The stretch a release covers: whole months that are over. The month in progress is left out
// of every release (calendar, fiscal and rolling alike): its counts still change night by night,
// and the same cell downloaded on two evenings would tell, by its change, what happened between
// them. The twelve months "to tonight" become the twelve whole months before this one.
import { previousPeriod, type Period } from "@/lib/reports/periods";

const firstOfMonth = (iso: string) => `${iso.slice(0, 7)}-01`;

function monthsBefore(iso: string, count: number): string {
  const [year, month] = iso.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** The released part of a period asked for on `today` (possibly empty: from === to). */
export function releasePeriod(period: Period, today: string): Period {
  const thisMonth = firstOfMonth(today);
  if (period.kind === "rolling") return { ...period, from: monthsBefore(thisMonth, 12), to: thisMonth };
  const to = period.to < thisMonth ? period.to : thisMonth;
  return { ...period, to: to < period.from ? period.from : to };
}

/** The released period and the same stretch a year earlier, for the comparison column. */
export function releasePeriods(period: Period, today: string): { current: Period; previous: Period } {
  const current = releasePeriod(period, today);
  return { current, previous: previousPeriod(current) };
}
