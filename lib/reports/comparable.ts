import "server-only";
// When a change against the year before means something. A centre that started using Halte
// late in the previous period has a few nights there: a change computed on them (+29,692 %
// on a previous year of one night, in the demo) tells nothing. The change column then shows
// "—" and the report says why; the previous figures themselves stay, as recorded.

/** The previous period recorded at least half as many nights as this one. */
export function comparesWithPrevious(nights: { current: number; previous: number }): boolean {
  return nights.previous > 0 && nights.previous * 2 >= nights.current;
}
