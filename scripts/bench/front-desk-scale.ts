// The two sizes `npm run bench` measures the front desk at (docs/roles-and-privacy.md, "Bench").
export type ScaleName = "centre" | "network";

export type Scale = {
  name: ScaleName;
  sites: number;
  /** History length, ending the night before the bench runs. */
  weeks: number;
  /** ISO weekdays every site opens (1 = Monday). */
  openWeekdays: readonly number[];
  participants: number;
  /** Exactly this many visits are generated. */
  visits: number;
  /** Share of participants with a restriction, about a third of them still in force. */
  restrictedShare: number;
  /**
   * Drop Visit's indexes and foreign keys for the load and build them afterwards: millions of
   * rows go in several times faster than through three random-order btrees and two FK checks.
   */
  deferVisitIndexes: boolean;
};

export const SCALES: Record<ScaleName, Scale> = {
  // RÉZO's year (seed 001): four evenings a week, about 400 people and 3,800 visits.
  centre: {
    name: "centre",
    sites: 1,
    weeks: 52,
    openWeekdays: [1, 2, 3, 4],
    participants: 400,
    visits: 3_800,
    restrictedShare: 0.02,
    deferVisitIndexes: false,
  },
  // A network of 20 sites open every evening for two years: 14,560 nights, about 275 visits a
  // night and 5,000 people per site, 40 visits per person on average (many once, a few nightly).
  network: {
    name: "network",
    sites: 20,
    weeks: 104,
    openWeekdays: [1, 2, 3, 4, 5, 6, 7],
    participants: 100_000,
    visits: 4_000_000,
    restrictedShare: 0.015,
    deferVisitIndexes: true,
  },
};
