import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { decimal, writeCsv } from "@/lib/csv/write-csv";

describe("the CSV writer", () => {
  it("neutralises formula-like text and keeps numbers, negative ones included, as numbers", () => {
    const csv = writeCsv([["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", -5, decimal(-12.5, 2), 7, "a,b"]]);
    expect(csv).toBe(`\uFEFF'=1+1,'+1,'-2+3,'@SUM(A1),'\tx,"'\rx",-5,-12.50,7,"a,b"\r\n`);
  });

  it("refuses a number cell that is not a plain decimal", () => {
    expect(() => writeCsv([[{ csvNumber: "=1" }]])).toThrow(/plain decimal/);
    expect(() => writeCsv([[Number.NaN]])).toThrow(/finite/);
  });

  it("property: any text reads back as itself (or behind an apostrophe), one row, one cell", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 12 }), { minLength: 1, maxLength: 5 }), (cells) => {
        const [row] = parse(writeCsv([cells]), { bom: true, relax_quotes: false }) as string[][];
        expect(row).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      }),
      { numRuns: 500 },
    );
  });
});
