import { describe, expect, it } from "vitest";
import { formatCents, parseAmount } from "@/lib/costs/money";

const cents = (text: string) => {
  const result = parseAmount(text);
  return result.ok ? result.cents : result.reason;
};

describe("amounts as a Québec bookkeeper exports them", () => {
  it.each([
    ["12,34$", 1234],
    ["12,34 $", 1234],
    ["1 234,56", 123456],
    ["1\u00A0234,56\u00A0$", 123456],
    ["1\u202F234,56 $", 123456],
    ["$1,234.56", 123456],
    ["1,234,567.89", 123456789],
    ["1.234,56", 123456],
    ["1234.5", 123450],
    ["12,3", 1230],
    ["250", 25000],
    ["1,234,567", 123456700],
    ["CAD 40.00", 4000],
  ])("reads %s as %i cents", (text, expected) => {
    expect(cents(text)).toBe(expected);
  });

  it.each([
    ["1,234", "ambiguous"],
    ["1.234", "ambiguous"],
    ["12.345", "ambiguous"],
    ["12,3456", "tooManyDecimals"],
    ["-12,00", "notPositive"],
    ["(12.00)", "notPositive"],
    ["0,00", "notPositive"],
    ["douze", "notANumber"],
    ["12,34,5", "notANumber"],
    ["1,23.45", "notANumber"],
    ["", "notANumber"],
    ["99999999999", "tooLarge"],
  ])("refuses %s (%s)", (text, reason) => {
    expect(cents(text)).toBe(reason);
  });

  it("writes amounts back in each language's way", () => {
    expect(formatCents(123456, "en")).toBe("$1,234.56");
    expect(formatCents(123456, "fr").replace(/\s/g, " ")).toBe("1 234,56 $");
  });
});
