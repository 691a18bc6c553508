// Small-cell suppression for figures that leave the centre (DESIGN.md §4.5).
//
// A count from 1 to 4 is published as "<5" (primary suppression). That alone is not enough: in a
// table with a published total, a single hidden cell is the total minus the others. So cells are
// hidden as well (complementary suppression, published as "x") until no hidden value can be
// worked out from what is published. The reader is assumed to know this method: a "<5" cell is
// 1 to 4, an "x" cell (always chosen among cells of 5 or more, or the total) is 5 or more, and a
// zero is shown as zero. Under those rules the values a hidden cell can take form an interval
// (sums of integer intervals are intervals), so "can it be worked out?" is "does its interval
// hold a single value?", which is cheap to answer exactly.

export type PublishedCount = { kind: "value"; value: number } | { kind: "small" } | { kind: "suppressed" };

export type SuppressedTable = {
  cells: PublishedCount[];
  total: PublishedCount;
  /** No choice of hidden cells protected everyone: nothing of the table is published. */
  withheld: boolean;
};

type Interval = { lo: number; hi: number };
const SMALL: Interval = { lo: 1, hi: 4 };
const LARGE: Interval = { lo: 5, hi: Number.POSITIVE_INFINITY };

export const isSmall = (count: number) => count >= 1 && count <= 4;

/** One count on its own: "<5" when it is 1 to 4. */
export function suppressCount(count: number): PublishedCount {
  return isSmall(count) ? { kind: "small" } : { kind: "value", value: count };
}

/**
 * Suppresses a table of counts whose total is published too. `totalKnown`: the same total is
 * published elsewhere (a headline figure), so hiding it here would protect nothing.
 */
export function suppressTable(counts: readonly number[], options: { totalKnown?: boolean } = {}): SuppressedTable {
  const total = counts.reduce((sum, count) => sum + count, 0);
  // Position counts.length stands for the total.
  const values = [...counts, total];
  const published: PublishedCount[] = values.map((count) => suppressCount(count));
  if (options.totalKnown) published[counts.length] = { kind: "value", value: total };

  for (;;) {
    if (!anyHiddenValueIsDerivable(published)) {
      return { cells: published.slice(0, -1), total: published[counts.length]!, withheld: false };
    }
    const complement = nextComplement(values, published, counts.length, options.totalKnown ?? false);
    if (complement === null) {
      const hidden: PublishedCount = { kind: "suppressed" };
      return { cells: counts.map(() => hidden), total: options.totalKnown ? published[counts.length]! : hidden, withheld: true };
    }
    published[complement] = { kind: "suppressed" };
  }
}

/** The smallest published cell of 5 or more, else the total (unless it is known elsewhere). */
function nextComplement(values: number[], published: PublishedCount[], totalIndex: number, totalKnown: boolean): number | null {
  let best: number | null = null;
  for (let index = 0; index < totalIndex; index++) {
    const cell = published[index]!;
    if (cell.kind !== "value" || cell.value < 5) continue;
    if (best === null || values[index]! < values[best]!) best = index;
  }
  if (best !== null) return best;
  if (!totalKnown && published[totalIndex]!.kind === "value") return totalIndex;
  return null;
}

/** What a reader knows of a published count. */
function knownRange(cell: PublishedCount): Interval {
  if (cell.kind === "value") return { lo: cell.value, hi: cell.value };
  return cell.kind === "small" ? SMALL : LARGE;
}

/**
 * The values a reader can deduce for each position (cells, then the total) from the published
 * table: each hidden cell lies in the total minus the others' ranges, intersected with its own.
 */
export function deducibleRanges(published: readonly PublishedCount[]): Interval[] {
  const totalIndex = published.length - 1;
  const ranges = published.map(knownRange);
  const cells = ranges.slice(0, totalIndex);
  const total = ranges[totalIndex]!;
  const sumOf = (list: Interval[]) => list.reduce((sum, range) => ({ lo: sum.lo + range.lo, hi: sum.hi + range.hi }), { lo: 0, hi: 0 });
  return ranges.map((range, index) => {
    if (index === totalIndex) return intersect(range, sumOf(cells));
    // cell = total - (sum of the other cells)
    const others = sumOf(cells.filter((_, other) => other !== index));
    return intersect(range, { lo: total.lo - others.hi, hi: total.hi - others.lo });
  });
}

function intersect(a: Interval, b: Interval): Interval {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

function anyHiddenValueIsDerivable(published: readonly PublishedCount[]): boolean {
  const ranges = deducibleRanges(published);
  return published.some((cell, index) => cell.kind !== "value" && ranges[index]!.lo === ranges[index]!.hi);
}

/** How a published count reads in a report or a CSV. */
export function publishedText(cell: PublishedCount, format: (value: number) => string = String): string {
  if (cell.kind === "value") return format(cell.value);
  return cell.kind === "small" ? "<5" : "x";
}
