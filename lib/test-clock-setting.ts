// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The test clock's settings, read from the environment. Shared by the app's clock (lib/clock.ts),
// the environment check (lib/env.ts) and the tests' own clock (tests/support/test-clock.ts), so
// that the server, the test runner and the browser stand at the same instant.
//   HALTE_TEST_CLOCK=2026-12-04T02:30:00-05:00   the instant the clock shows when it starts
//   HALTE_TEST_HARNESS=1                          set only by the test harness: without it the
//                                                 clock variable is refused, never silently used
//   HALTE_TEST_CLOCK_SINCE=<epoch ms>             optional: the real instant at which the clock
//                                                 showed HALTE_TEST_CLOCK (default: this process's
//                                                 start). The harness sets it once so every
//                                                 process it starts agrees to the millisecond.
// The clock runs forward in real time from there, so idle timeouts and throttles still behave.
// Not "server-only": Playwright specs and scripts read it outside Next, and the schemas shared with
// the browser take the year from clockNow() (in a page there is no test clock variable: the page's
// own Date is the one the end-to-end tests fake, at the same instant).

export const TEST_CLOCK_VARIABLE = "HALTE_TEST_CLOCK";
export const TEST_HARNESS_VARIABLE = "HALTE_TEST_HARNESS";
export const TEST_CLOCK_SINCE_VARIABLE = "HALTE_TEST_CLOCK_SINCE";

/** The fake instant (ms) and the real instant (ms) it corresponds to. */
export type TestClockSetting = { at: number; since: number };

// An explicit offset (Z or ±hh:mm): "02:30" alone would mean the machine's zone, not the centre's.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** What is wrong with the test clock variables, one line each; empty when fine or unset. */
export function testClockProblems(source: Record<string, string | undefined>): string[] {
  const value = source[TEST_CLOCK_VARIABLE];
  const since = source[TEST_CLOCK_SINCE_VARIABLE];
  if (value === undefined || value === "") {
    return since ? [`${TEST_CLOCK_SINCE_VARIABLE} is set without ${TEST_CLOCK_VARIABLE}: unset it (tests only).`] : [];
  }
  const problems: string[] = [];
  if (source[TEST_HARNESS_VARIABLE] !== "1") {
    problems.push(`${TEST_CLOCK_VARIABLE} fakes the time and is for the test suite only: unset it (the test harness sets ${TEST_HARNESS_VARIABLE}=1 beside it).`);
  }
  if (!INSTANT.test(value) || !Number.isFinite(Date.parse(value))) {
    problems.push(`${TEST_CLOCK_VARIABLE} must be an ISO instant with its offset, e.g. 2026-12-04T02:30:00-05:00.`);
  }
  if (since !== undefined && since !== "" && !/^\d{13}$/.test(since)) {
    problems.push(`${TEST_CLOCK_SINCE_VARIABLE} must be a time in milliseconds since 1970 (13 digits).`);
  }
  return problems;
}

/** The test clock, or null for the real time; throws with the problems when the variables are wrong. */
export function readTestClock(source: Record<string, string | undefined>, processStart: number): TestClockSetting | null {
  const problems = testClockProblems(source);
  if (problems.length > 0) throw new Error(`Halte cannot start, the test clock is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  const value = source[TEST_CLOCK_VARIABLE];
  if (!value) return null;
  const since = source[TEST_CLOCK_SINCE_VARIABLE];
  return { at: Date.parse(value), since: since ? Number(since) : processStart };
}

/** The time the clock shows at the real instant `real`. */
export function timeOn(setting: TestClockSetting | null, real: number): Date {
  return new Date(setting ? setting.at + (real - setting.since) : real);
}

let cached: { value: TestClockSetting | null } | undefined;

/** Now, by the test clock when the harness set one, else the machine's time. lib/clock.ts is the server's way in. */
export function clockNow(): Date {
  cached ??= { value: readTestClock(typeof process === "undefined" ? {} : process.env, performance.timeOrigin) };
  return timeOn(cached.value, Date.now());
}
