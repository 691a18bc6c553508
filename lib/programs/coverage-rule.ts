import "server-only";
// The weekly coverage rule of street outreach, pure so that it is tested on its own. Dates are
// the centre's local dates ("YYYY-MM-DD"); a week starts on Monday.
import { addDays, dateOnly, isoWeekday } from "@/lib/nights/local-date";

/** Days a venue may go without a visit: 7 for a weekly target of 1, 4 for 2, 1 for 7 or more. */
export function allowedGapDays(weeklyTarget: number): number {
  return Math.max(1, Math.ceil(7 / Math.max(1, weeklyTarget)));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dateOnly(to).getTime() - dateOnly(from).getTime()) / 86_400_000);
}

/** Overdue: never visited, or last visited longer ago than the target allows (8 days for weekly). */
export function isOverdue(lastVisit: string | null, weeklyTarget: number, today: string): boolean {
  if (!lastVisit) return true;
  return daysBetween(lastVisit, today) > allowedGapDays(weeklyTarget);
}

/** Monday of the week of a date. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Mondays of the `count` weeks ending with the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStart(today);
  return Array.from({ length: count }, (_, index) => addDays(current, -7 * (count - 1 - index)));
}
