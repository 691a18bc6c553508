import { describe, expect, it } from "vitest";
import { coversPeriod, latestStart } from "@/lib/reports/comparable";

const previous = { from: "2025-01-01" };

describe("a change against the period before", () => {
  it("is shown when the records start on or before the period's first day", () => {
    expect(coversPeriod("2025-01-01", previous)).toBe(true);
    expect(coversPeriod("2023-06-15", previous)).toBe(true);
  });
  it("is not shown when the records start inside the period, or do not exist", () => {
    // The demo before it held two years: Halte started a day into the previous year.
    expect(coversPeriod("2025-01-02", previous)).toBe(false);
    expect(coversPeriod("2025-12-01", previous)).toBe(false);
    expect(coversPeriod(null, previous)).toBe(false);
  });
  it("needs every kind of record a figure is drawn from", () => {
    expect(latestStart("2024-03-01", "2025-06-01")).toBe("2025-06-01");
    expect(latestStart("2025-06-01", "2024-03-01")).toBe("2025-06-01");
    expect(latestStart("2024-03-01", null)).toBeNull();
    expect(coversPeriod(latestStart("2024-03-01", "2025-06-01"), previous)).toBe(false);
  });
});
