import "server-only";
// How a count that leaves the centre reads (docs/decisions/0006-released-figures-rounded-on-one-base.md). The figures themselves are
// made in lib/reports/release/: random rounding to a multiple of 5 on one base table, with a count
// of 1 to 4 shown as "<5" where a single base cell is published on its own. This module only
// says what a published count is and how it is written.

export type PublishedCount = { kind: "value"; value: number } | { kind: "small" };

export const isSmall = (count: number) => count >= 1 && count <= 4;

/** How a published count reads in a report or a CSV. */
export function publishedText(cell: PublishedCount, format: (value: number) => string = String): string {
  return cell.kind === "value" ? format(cell.value) : "<5";
}

/** The number a published count stands for in a ratio, or null when it is hidden or zero. */
export function publishedDenominator(cell: PublishedCount): number | null {
  return cell.kind === "value" && cell.value > 0 ? cell.value : null;
}
