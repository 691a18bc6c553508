import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { publishedText, suppressTable, type PublishedCount } from "@/lib/reports/suppression";

const texts = (counts: number[], options = {}) => {
  const table = suppressTable(counts, options);
  return { cells: table.cells.map((cell) => publishedText(cell)), total: publishedText(table.total), withheld: table.withheld };
};

/**
 * What a reader can work out, computed independently of the module: every value each hidden
 * position can take such that the cells add up to the total, by enumerating reachable sums
 * (no interval reasoning). "<5" is 1..4, "x" is 5..cap, a published value is itself.
 */
function feasibleValues(published: PublishedCount[], cap: number): Set<number>[] {
  const domains = published.map((cell) =>
    cell.kind === "value" ? [cell.value] : cell.kind === "small" ? [1, 2, 3, 4] : Array.from({ length: cap - 4 }, (_, i) => i + 5),
  );
  const totalIndex = published.length - 1;
  const sums = (indices: number[]) => {
    let reachable = new Set([0]);
    for (const index of indices) {
      const next = new Set<number>();
      for (const sum of reachable) for (const value of domains[index]!) if (sum + value <= cap) next.add(sum + value);
      reachable = next;
    }
    return reachable;
  };
  const cellIndices = domains.slice(0, totalIndex).map((_, index) => index);
  return domains.map((domain, index) => {
    const feasible = new Set<number>();
    if (index === totalIndex) {
      const reachable = sums(cellIndices);
      for (const value of domain) if (reachable.has(value)) feasible.add(value);
      return feasible;
    }
    const others = sums(cellIndices.filter((other) => other !== index));
    for (const value of domain) for (const total of domains[totalIndex]!) if (others.has(total - value)) feasible.add(value);
    return feasible;
  });
}

describe("small-cell suppression", () => {
  it("shows 1 to 4 as <5 and hides a second cell so the first cannot be subtracted from the total", () => {
    // 3 alone would be 20 - (9 + 8); hiding 8 (the smallest cell of 5 or more) leaves 3 + x = 11.
    expect(texts([3, 9, 8])).toEqual({ cells: ["<5", "9", "x"], total: "20", withheld: false });
  });

  it("hides more when the second hidden cell still pins the first", () => {
    // 1 + 5 = 6 would give 1 (x >= 5 leaves exactly 1 for the "<5"): the total goes too.
    expect(texts([1, 5])).toEqual({ cells: ["<5", "x"], total: "x", withheld: false });
  });

  it("keeps zeros and large counts as they are", () => {
    expect(texts([0, 12, 40])).toEqual({ cells: ["0", "12", "40"], total: "52", withheld: false });
  });

  it("withholds a table it cannot protect when its total is published elsewhere", () => {
    expect(texts([2, 0], { totalKnown: true })).toMatchObject({ total: "2", withheld: true });
    // 1 + x = 6 with x >= 5 gives both away; nothing else can be hidden.
    expect(texts([1, 5], { totalKnown: true }).withheld).toBe(true);
    // 2 + x = 9 leaves 1..4 and 5..8: safe to publish.
    expect(texts([2, 7], { totalKnown: true })).toEqual({ cells: ["<5", "x"], total: "9", withheld: false });
  });

  it("keeps a lone small cell as <5 when the total itself is small", () => {
    // 3 = the total, but both read "<5": 1, 2, 3 or 4 alike.
    expect(texts([3, 0])).toEqual({ cells: ["<5", "0"], total: "<5", withheld: false });
  });

  it("property: no hidden cell or total can be worked out from what is published", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (counts, totalKnown) => {
        const total = counts.reduce((sum, count) => sum + count, 0);
        const table = suppressTable(counts, { totalKnown });
        const published = [...table.cells, table.total];
        const truth = [...counts, total];
        // Published numbers are true, and no count of 1 to 4 is ever shown.
        published.forEach((cell, index) => {
          if (cell.kind === "value") {
            expect(cell.value).toBe(truth[index]);
            expect(cell.value >= 1 && cell.value <= 4 && !(totalKnown && index === counts.length)).toBe(false);
          }
        });
        if (table.withheld) return;
        const feasible = feasibleValues(published, total + 12);
        published.forEach((cell, index) => {
          if (cell.kind === "value") return;
          expect(feasible[index]!.has(truth[index]!)).toBe(true);
          expect(feasible[index]!.size).toBeGreaterThan(1);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
