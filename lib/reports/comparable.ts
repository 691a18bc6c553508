// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// When a change against the period before means something: only where the records cover all of
// it. A centre that started using Halte late in the previous period holds a few nights there,
// and a change computed on them (+29,692 % on a previous year of one night, in the demo before
// it held two years) tells nothing. Such a figure's change shows "—" and the report says where
// its records start; the previous figures themselves stay, as recorded.

/** The records start on or before the period's first day (`from`, a centre-local date). */
export function coversPeriod(recordsStart: string | null, period: { from: string }): boolean {
  return recordsStart !== null && recordsStart <= period.from;
}

/** Where a figure drawn from several kinds of record starts: the latest of their starts (none if one has none). */
export function latestStart(...starts: (string | null)[]): string | null {
  if (starts.some((start) => start === null)) return null;
  return (starts as string[]).sort().at(-1) ?? null;
}
