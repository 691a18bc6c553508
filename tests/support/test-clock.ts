// "Now" and "today" for tests: the same variables as the app's clock (lib/test-clock-setting.ts)
// and the app's own night rule (a night belongs to the evening it opened, until 5 a.m.), so a test
// asks for the date the app will use, at any hour. npm test runs the date-sensitive tests again
// with HALTE_TEST_CLOCK at 02:30 and 23:30 in Montreal and on a DST day; without it this is the
// real time. Never read the wall clock in a test for the hour or the date: use these.
import { clockNow, TEST_CLOCK_VARIABLE } from "../../lib/test-clock-setting.ts";
import { addDays, nightDateOf } from "../../lib/nights/local-date.ts";

export const CENTRE_TIME_ZONE = process.env.CENTRE_TIME_ZONE || "America/Montreal";

/** The instant the app's clock shows now. */
export function testNow(): Date {
  return clockNow();
}

/** Tonight's date at the centre ("YYYY-MM-DD"), as lib/nights/today.ts centreToday gives it. */
export function testToday(): string {
  return nightDateOf(testNow(), CENTRE_TIME_ZONE);
}

/** The night `days` after tonight (negative: before). */
export function testNightIn(days: number): string {
  return addDays(testToday(), days);
}

/** The fake instant the harness set, or null when the clock is the real time. */
export function fakeClockLabel(): string | null {
  return process.env[TEST_CLOCK_VARIABLE] || null;
}
