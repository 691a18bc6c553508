import { describe, expect, it } from "vitest";
import { intakeSchema } from "@/lib/participants/schemas";
import { violenceReportSchema } from "@/lib/violence/schemas";
import { closeNightSchema } from "@/lib/nights/schemas";

const report = { occurredOn: "2026-11-20", area: "Parc", types: ["THREAT"], reportedToPolice: false, thirdPartyReport: false, consentToShare: false };

describe("shared text fields", () => {
  it("accept line breaks where people write in a textarea, and nothing else invisible", () => {
    expect(intakeSchema.safeParse({ consentScope: "NEEDS_AND_NOTES", note: "Cherche un logement.\nRevient jeudi." }).success).toBe(true);
    expect(violenceReportSchema.safeParse({ ...report, aggressorDescription: "Homme, 40 ans\r\nmanteau rouge" }).success).toBe(true);
    expect(closeNightSchema.safeParse({ nightId: "00000000-0000-4000-8000-000000000000", note: "Calme.\nUn atelier." }).success).toBe(true);
    const bell = intakeSchema.safeParse({ consentScope: "NEEDS_AND_NOTES", note: "ding\u0007" });
    expect(bell.success ? "" : bell.error.issues[0]?.message).toBe("validation.controlCharacters");
  });

  it("keep one-line fields on one line", () => {
    const area = violenceReportSchema.safeParse({ ...report, area: "Parc\nprivé" });
    expect(area.success ? "" : area.error.issues[0]?.message).toBe("validation.controlCharacters");
  });

  it("turn a blank optional field into nothing and refuse a malformed date", () => {
    const parsed = violenceReportSchema.parse({ ...report, vehicleDescription: "", plate: "" });
    expect(parsed).toMatchObject({ vehicleDescription: null, plate: null });
    expect(violenceReportSchema.safeParse({ ...report, occurredOn: "2026-13-45" }).success).toBe(false);
  });
});

describe("isoDay", () => {
  it("takes real days only, in years a record can have", async () => {
    const { isoDay } = await import("@/lib/validation/fields");
    for (const day of ["2026-11-26", "2024-02-29", "1950-01-01"]) expect(isoDay.safeParse(day).success, day).toBe(true);
    // Date.parse takes some of these; the database would get an invalid date.
    for (const day of ["0002-20-03", "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "9999-12-31", "2026-1-01", " 2026-11-26"]) {
      expect(isoDay.safeParse(day).success, day).toBe(false);
    }
  });
});

describe("directory search", () => {
  it("drops a search text with control characters instead of sending a NUL to the database", async () => {
    const { directorySearchSchema } = await import("@/lib/directory/schemas");
    expect(directorySearchSchema.parse({ q: "a\u0000b" }).q).toBeUndefined();
    expect(directorySearchSchema.parse({ q: "logement" }).q).toBe("logement");
  });
});
