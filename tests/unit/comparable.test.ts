import { describe, expect, it } from "vitest";
import { comparesWithPrevious } from "@/lib/reports/comparable";

describe("a change against the year before", () => {
  it("is shown when the previous period recorded at least half as many nights", () => {
    expect(comparesWithPrevious({ current: 200, previous: 200 })).toBe(true);
    expect(comparesWithPrevious({ current: 200, previous: 100 })).toBe(true);
    expect(comparesWithPrevious({ current: 100, previous: 300 })).toBe(true);
  });
  it("is not shown on a previous period of a few nights, or none", () => {
    expect(comparesWithPrevious({ current: 200, previous: 1 })).toBe(false);
    expect(comparesWithPrevious({ current: 200, previous: 99 })).toBe(false);
    expect(comparesWithPrevious({ current: 0, previous: 0 })).toBe(false);
  });
});
