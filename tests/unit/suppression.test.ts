import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { publishedText } from "@/lib/reports/suppression";
import { cellDraw, cellId, roundToFive } from "@/lib/reports/release/rounding";
import { publisher } from "@/lib/reports/release/base-table";
import { releasePeriod } from "@/lib/reports/release/release-period";
import { periodOf } from "@/lib/reports/periods";

const key = Buffer.from("unit-test-rounding-key-of-32-characters!");

describe("random rounding to 5 on one base table", () => {
  it("rounds a count to the multiple of 5 below or above, up when the draw is below remainder / 5", () => {
    expect(roundToFive(10, 0.99)).toBe(10);
    expect(roundToFive(0, 0)).toBe(0);
    expect(roundToFive(3, 0.59)).toBe(5);
    expect(roundToFive(3, 0.6)).toBe(0);
    expect(roundToFive(12, 0.39)).toBe(15);
    expect(roundToFive(12, 0.4)).toBe(10);
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (count, draw) => {
        const rounded = roundToFive(count, draw);
        expect(rounded % 5).toBe(0);
        expect(Math.abs(rounded - count)).toBeLessThanOrEqual(4);
      }),
    );
  });

  it("draws the same for the same cell and key, another for another key, and is unbiased", () => {
    const id = cellId("month", "visits", "4", "2025-04");
    expect(cellDraw(key, id)).toBe(cellDraw(key, id));
    expect(cellDraw(Buffer.from("another-key-of-at-least-32-characters!!"), id)).not.toBe(cellDraw(key, id));
    // Over 5,000 cells holding 3, about 3/5 go up to 5: the rounding is unbiased on average.
    let up = 0;
    for (let index = 0; index < 5000; index++) if (roundToFive(3, cellDraw(key, cellId("month", "m", String(index), "2025-01"))) === 5) up++;
    expect(up / 5000).toBeGreaterThan(0.57);
    expect(up / 5000).toBeLessThan(0.63);
  });

  it("shows a single base cell of 1 to 4 as <5 and adds rounded cells for any longer figure", () => {
    const publish = publisher(
      {
        months: [
          { measure: "visits", breakdown: "1", month: "2025-03", count: 3 },
          { measure: "visits", breakdown: "2", month: "2025-03", count: 12 },
          { measure: "visits", breakdown: "1", month: "2025-04", count: 7 },
        ],
        people: [{ measure: "people", breakdown: "all", from: "2025-01-01", to: "2026-01-01", count: 2 }],
      },
      key,
    );
    const r = (count: number, ...cell: string[]) => roundToFive(count, cellDraw(key, cellId("month", ...cell)));
    expect(publishedText(publish.sum("visits", "1", ["2025-03"]))).toBe("<5");
    expect(publish.sum("visits", "2", ["2025-03"])).toEqual({ kind: "value", value: r(12, "visits", "2", "2025-03") });
    // Monday over two months: its two cells, the small one for its rounded value.
    expect(publish.sum("visits", "1", ["2025-03", "2025-04"])).toEqual({ kind: "value", value: r(3, "visits", "1", "2025-03") + r(7, "visits", "1", "2025-04") });
    // A month over every weekday is a sum too, so it is never "<5", whatever it holds.
    expect(publish.sum("visits", () => true, ["2025-03"])).toEqual({ kind: "value", value: r(3, "visits", "1", "2025-03") + r(12, "visits", "2", "2025-03") });
    expect(publishedText(publish.people("people", "all", { from: "2025-01-01", to: "2026-01-01" }))).toBe("<5");
    expect(publish.people("people", "all", { from: "2025-02-01", to: "2026-01-01" })).toEqual({ kind: "value", value: 0 });
  });

  it("releases whole months only: the month in progress is left out, rolling years are the 12 months before", () => {
    const today = "2026-12-03";
    expect(releasePeriod(periodOf("calendar", { today, fiscalStartMonth: 4 }), today)).toMatchObject({ from: "2026-01-01", to: "2026-12-01" });
    expect(releasePeriod(periodOf("calendar", { today, fiscalStartMonth: 4, year: 2025 }), today)).toMatchObject({ from: "2025-01-01", to: "2026-01-01" });
    expect(releasePeriod(periodOf("fiscal", { today, fiscalStartMonth: 4 }), today)).toMatchObject({ from: "2026-04-01", to: "2026-12-01" });
    expect(releasePeriod(periodOf("rolling", { today, fiscalStartMonth: 4 }), today)).toMatchObject({ from: "2025-12-01", to: "2026-12-01" });
    expect(releasePeriod(periodOf("calendar", { today: "2026-01-20", fiscalStartMonth: 4 }), "2026-01-20")).toMatchObject({ from: "2026-01-01", to: "2026-01-01" });
  });
});
