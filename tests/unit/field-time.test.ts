// The outreach form's times (components/field/field-time.ts): the end defaults to the usual
// length after the start, so a shift saved without touching it is accepted by the schema.
import { describe, expect, it } from "vitest";
import { defaultEndTime, USUAL_SHIFT_MINUTES } from "@/components/field/field-time";
import { fieldShiftSchema } from "@/lib/field/schemas";

describe("the outreach shift's default end time", () => {
  it("is the usual 3 h 30 after the start, the desk's own 14:00 to 17:30", () => {
    expect(USUAL_SHIFT_MINUTES).toBe(210);
    expect(defaultEndTime("14:00")).toBe("17:30");
    expect(defaultEndTime("09:45")).toBe("13:15");
  });

  it("stays within the shift's day", () => {
    expect(defaultEndTime("21:00")).toBe("23:59");
    expect(defaultEndTime("23:00")).toBe("23:59");
  });

  it("is accepted by the schema with the start it follows, where a blank end was refused", () => {
    const shift = (startTime: string, endTime: string) => ({
      submissionId: "7b0c5a8e-2f6d-4c1b-9a3e-5d8f0e1c2b3a",
      recordedAt: 1_765_000_000_000,
      date: "2026-12-04",
      startTime,
      endTime,
      note: "",
      visits: [{ venueId: "0b6f3c9e-8a1d-4e2f-9c7b-1a2b3c4d5e6f", peopleMet: 1, newContacts: 0, cardsGiven: 0, referrals: 0, note: "", supplies: [] }],
    });
    expect(fieldShiftSchema.safeParse(shift("15:10", "")).success).toBe(false);
    for (const start of ["00:00", "08:30", "14:00", "19:05", "23:58"]) expect(fieldShiftSchema.safeParse(shift(start, defaultEndTime(start))).success).toBe(true);
  });

  it("gives nothing for a start that is not a time", () => {
    expect(defaultEndTime("")).toBe("");
  });
});
