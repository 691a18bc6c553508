// The clock the app and the tests share, and the hours `npm test` runs the date-sensitive tests at.
import { describe, expect, it } from "vitest";
import { readTestClock, testClockProblems, timeOn } from "@/lib/test-clock-setting";
import { nightDateOf } from "@/lib/nights/local-date";
import { clockRuns, localInstant, nextSpringForwardNight } from "../../scripts/test/clock-runs";

const zone = "America/Montreal";

function localHour(instant: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant));
}

describe("the test clock's variables", () => {
  it("refuses a fake time outside the test harness, so a real centre can never run on it", () => {
    expect(testClockProblems({ HALTE_TEST_CLOCK: "2026-12-04T02:30:00-05:00" })).toEqual([
      expect.stringContaining("for the test suite only"),
    ]);
    expect(() => readTestClock({ HALTE_TEST_CLOCK: "2026-12-04T02:30:00-05:00" }, 0)).toThrow(/cannot start/);
  });

  it("refuses an instant without its offset (02:30 alone would be the machine's zone) and a malformed start", () => {
    const harness = { HALTE_TEST_HARNESS: "1" };
    expect(testClockProblems({ ...harness, HALTE_TEST_CLOCK: "2026-12-04T02:30:00" })).toHaveLength(1);
    expect(testClockProblems({ ...harness, HALTE_TEST_CLOCK: "tomorrow" })).toHaveLength(1);
    expect(testClockProblems({ ...harness, HALTE_TEST_CLOCK: "2026-12-04T02:30:00Z", HALTE_TEST_CLOCK_SINCE: "soon" })).toHaveLength(1);
    expect(testClockProblems({ HALTE_TEST_CLOCK_SINCE: "1764800000000" })).toHaveLength(1);
    expect(testClockProblems({})).toEqual([]);
  });

  it("starts at the set instant and runs on with real time from the harness's starting instant", () => {
    const since = 1_800_000_000_000;
    const setting = readTestClock({ HALTE_TEST_HARNESS: "1", HALTE_TEST_CLOCK: "2026-12-04T02:30:00-05:00", HALTE_TEST_CLOCK_SINCE: String(since) }, 0);
    expect(timeOn(setting, since).toISOString()).toBe("2026-12-04T07:30:00.000Z");
    expect(timeOn(setting, since + 90_000).toISOString()).toBe("2026-12-04T07:31:30.000Z");
    expect(timeOn(null, since).getTime()).toBe(since);
  });
});

describe("the hours npm test runs the date-sensitive tests at", () => {
  it("are 23:30 tonight and 02:30 after midnight, both on tonight's night by the app's rule", () => {
    // Whatever hour the suite starts at (here: 01:00, 12:00 and 22:00 in Montreal).
    for (const start of ["2026-12-04T06:00:00Z", "2026-12-04T17:00:00Z", "2026-12-05T03:00:00Z"]) {
      const [late, early] = clockRuns(new Date(start), zone);
      const tonight = nightDateOf(new Date(start), zone);
      expect(localHour(late!.instant)).toBe("23:30");
      expect(localHour(early!.instant)).toBe("02:30");
      expect(nightDateOf(new Date(late!.instant), zone)).toBe(tonight);
      expect(nightDateOf(new Date(early!.instant), zone)).toBe(tonight);
      // After midnight the calendar date is the next day's: the case the wall clock got wrong.
      expect(early!.instant.slice(0, 10)).not.toBe(tonight);
    }
  });

  it("include the night Montreal springs forward, at 03:30 local, still that night", () => {
    expect(nextSpringForwardNight("2026-12-03", zone)).toBe("2027-03-13");
    const dst = clockRuns(new Date("2026-12-03T17:00:00Z"), zone)[2]!;
    expect(dst.instant).toBe("2027-03-14T03:30:00-04:00");
    expect(nightDateOf(new Date(dst.instant), zone)).toBe("2027-03-13");
  });

  it("write each instant with the offset the zone has at that instant", () => {
    expect(localInstant("2026-07-01", "23:30", zone)).toBe("2026-07-01T23:30:00-04:00");
    expect(localInstant("2026-12-01", "23:30", zone)).toBe("2026-12-01T23:30:00-05:00");
    expect(nextSpringForwardNight("2026-12-03", "UTC")).toBeNull();
  });
});
