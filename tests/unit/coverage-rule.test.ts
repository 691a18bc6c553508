import { describe, expect, it } from "vitest";
import { allowedGapDays, isOverdue, lastWeeks, weekStart } from "@/lib/programs/coverage-rule";
import { nightDateOf } from "@/lib/nights/local-date";

describe("the weekly coverage rule of street outreach", () => {
  it("makes a weekly venue overdue after 7 days without a visit", () => {
    expect(isOverdue("2026-11-18", 1, "2026-11-26")).toBe(true); // 8 days
    expect(isOverdue("2026-11-19", 1, "2026-11-26")).toBe(false); // 7 days: still within its week
    expect(isOverdue("2026-11-20", 1, "2026-11-26")).toBe(false); // 6 days
    expect(isOverdue(null, 1, "2026-11-26")).toBe(true); // never visited
  });

  it("shortens the allowed gap for venues visited more than once a week", () => {
    expect([1, 2, 3, 7, 14].map(allowedGapDays)).toEqual([7, 4, 3, 1, 1]);
    expect(isOverdue("2026-11-21", 2, "2026-11-26")).toBe(true);
    expect(isOverdue("2026-11-22", 2, "2026-11-26")).toBe(false);
  });

  it("counts days in the centre's time zone: 22:30 in Montreal is still the same evening", () => {
    const today = nightDateOf(new Date("2026-11-27T03:30:00Z"), "America/Montreal");
    expect(today).toBe("2026-11-26");
    expect(isOverdue("2026-11-20", 1, today)).toBe(false);
    // The UTC date would already be the 27th, and the same visit 7 days old: not overdue either,
    // but a visit on the 19th would wrongly turn overdue a night early.
    expect(isOverdue("2026-11-19", 1, today)).toBe(false);
    expect(isOverdue("2026-11-19", 1, "2026-11-27")).toBe(true);
  });

  it("starts weeks on Monday", () => {
    expect(weekStart("2026-11-26")).toBe("2026-11-23");
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    const weeks = lastWeeks("2026-11-26", 12);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe("2026-11-23");
    expect(weeks[0]).toBe("2026-09-07");
  });
});
