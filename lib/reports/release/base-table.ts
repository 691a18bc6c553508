import "server-only";
// The one base table every figure that leaves the centre is made from (docs/decisions/0006-released-figures-rounded-on-one-base.md).
//
// Additive counts (visits, nights, referrals, services, units...) are kept as one cell per
// measure, breakdown and whole month, in the finest breakdown any release shows (visits by
// weekday, referrals by domain and status), and each cell is randomly rounded to a multiple of
// 5 once (lib/reports/release/rounding.ts). Every published figure of a release, whatever its
// period (calendar, fiscal, rolling), table, total row or previous-year column, is the sum of the
// rounded cells it covers. So every release is a function of the same rounded cells: two
// overlapping releases differ by a sum of rounded cells, never by a true count, and a total minus
// the other rows gives back a rounded cell, not the count behind it.
//
// A figure that is one single base cell (a release of one month) shows a count of 1 to 4 as
// "<5" ("<5" suppression of the base table); in a sum it counts for its rounded value, 0 or 5,
// which is what random rounding gives anyway and tells nothing of which of 1 to 4 it was.
//
// Counts of distinct people (people seen, new people, volunteers) do not add up over months: a
// person seen in March and in April is one person in the year. Each is its own cell, for its
// exact period, rounded the same way and shown "<5" when it is 1 to 4.
import { cellDraw, cellId, roundToFive } from "@/lib/reports/release/rounding";
import { isSmall, type PublishedCount } from "@/lib/reports/suppression";

export type MonthCell = { measure: string; breakdown: string; month: string; count: number };
export type PeopleCell = { measure: string; breakdown: string; from: string; to: string; count: number };
export type BaseTable = { months: readonly MonthCell[]; people: readonly PeopleCell[] };

export type Publisher = ReturnType<typeof publisher>;

/** Rows of a breakdown: one value, or every value a predicate accepts (summed). */
export type BreakdownMatch = string | ((breakdown: string) => boolean);

export function publisher(table: BaseTable, key: Uint8Array) {
  const byMeasure = new Map<string, MonthCell[]>();
  for (const cell of table.months) {
    const list = byMeasure.get(cell.measure) ?? [];
    list.push(cell);
    byMeasure.set(cell.measure, list);
  }
  const people = new Map(table.people.map((cell) => [cellId("people", cell.measure, cell.breakdown, cell.from, cell.to), cell.count]));
  const rounded = (cell: MonthCell) => roundToFive(cell.count, cellDraw(key, cellId("month", cell.measure, cell.breakdown, cell.month)));
  const single = (count: number, draw: number): PublishedCount =>
    isSmall(count) ? { kind: "small" } : { kind: "value", value: roundToFive(count, draw) };

  return {
    /** The breakdown values of a measure with a count in any of the months, sorted. */
    breakdowns(measure: string, months: readonly string[]): string[] {
      const wanted = new Set(months);
      const found = new Set((byMeasure.get(measure) ?? []).filter((cell) => wanted.has(cell.month) && cell.count > 0).map((cell) => cell.breakdown));
      return [...found].sort();
    },

    /**
     * A figure over some months: the sum of its rounded cells. One breakdown value over one month
     * is a single base cell and shows 1 to 4 as "<5"; a figure over more cells is always a sum.
     */
    sum(measure: string, match: BreakdownMatch, months: readonly string[]): PublishedCount {
      const wanted = new Set(months);
      const accepts = typeof match === "string" ? (breakdown: string) => breakdown === match : match;
      const cells = (byMeasure.get(measure) ?? []).filter((cell) => wanted.has(cell.month) && accepts(cell.breakdown));
      if (typeof match === "string" && months.length === 1) {
        const count = cells.reduce((total, cell) => total + cell.count, 0);
        return single(count, cellDraw(key, cellId("month", measure, match, months[0]!)));
      }
      return { kind: "value", value: cells.reduce((total, cell) => total + rounded(cell), 0) };
    },

    /** A count of people for an exact period: its own cell. */
    people(measure: string, breakdown: string, period: { from: string; to: string }): PublishedCount {
      const id = cellId("people", measure, breakdown, period.from, period.to);
      return single(people.get(id) ?? 0, cellDraw(key, id));
    },

    /** People counts of several breakdowns added up (volunteers of every tier): rounded cells summed. */
    peopleSum(measure: string, breakdowns: readonly string[], period: { from: string; to: string }): PublishedCount {
      const value = breakdowns.reduce((total, breakdown) => {
        const id = cellId("people", measure, breakdown, period.from, period.to);
        return total + roundToFive(people.get(id) ?? 0, cellDraw(key, id));
      }, 0);
      return { kind: "value", value };
    },

    /** The breakdown values of a people measure with a count in the period, sorted. */
    peopleBreakdowns(measure: string, period: { from: string; to: string }): string[] {
      return table.people.filter((cell) => cell.measure === measure && cell.from === period.from && cell.to === period.to && cell.count > 0).map((cell) => cell.breakdown).sort();
    },
  };
}
