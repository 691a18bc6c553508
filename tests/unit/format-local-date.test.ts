import { describe, expect, it } from "vitest";
import { createFormatter } from "next-intl";
import { formatLocalDate, noonUtc } from "@/lib/i18n/format-local-date";

// The reader's zone is far from UTC on both sides: the date shown must stay the day stored.
const readers = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Toronto"];

describe("formatLocalDate", () => {
  it.each(readers)("shows a date-only value as that day in %s", (timeZone) => {
    const fr = createFormatter({ locale: "fr", timeZone });
    const en = createFormatter({ locale: "en", timeZone });
    expect(formatLocalDate(fr, "2026-01-01", { dateStyle: "long" })).toBe("1 janvier 2026");
    expect(formatLocalDate(en, "2026-12-31", { dateStyle: "long" })).toBe("December 31, 2026");
  });

  it("reads a month as its 15th, so a month's name never slips either", () => {
    const fr = createFormatter({ locale: "fr", timeZone: "Pacific/Kiritimati" });
    expect(formatLocalDate(fr, "2026-03", { month: "long", year: "numeric" })).toBe("mars 2026");
    expect(noonUtc("2026-03").toISOString()).toBe("2026-03-15T12:00:00.000Z");
  });

  it("defaults to the medium date style", () => {
    const en = createFormatter({ locale: "en", timeZone: "UTC" });
    expect(formatLocalDate(en, "2026-07-04")).toBe("Jul 4, 2026");
  });
});
