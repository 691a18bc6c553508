import { describe, expect, it } from "vitest";
import { addMonths, doseInSchedule, nextDoseOf, nextDoses, proposedDose } from "@/lib/clinic/dose-schedule";

const hepB = { vaccineId: "hep-b", scheduleMonths: [0, 1, 6] };
const hepA = { vaccineId: "hep-a", scheduleMonths: [0, 6] };
const flu = { vaccineId: "flu", scheduleMonths: [0] };

describe("dose series", () => {
  it("adds months to a date, the 31st becoming the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-08-15", 6)).toBe("2027-02-15");
    expect(addMonths("2026-03-10", 0)).toBe("2026-03-10");
  });

  it("counts each dose from the first dose's date, not from the last dose", () => {
    const doses = [{ vaccineId: "hep-b", dose: 1, date: "2026-01-10" }];
    expect(nextDoseOf(hepB, doses, "2026-02-09")).toEqual({ vaccineId: "hep-b", dose: 2, dueOn: "2026-02-10", due: false });
    expect(nextDoseOf(hepB, doses, "2026-02-10")?.due).toBe(true);
    const late = [...doses, { vaccineId: "hep-b", dose: 2, date: "2026-03-30" }];
    expect(nextDoseOf(hepB, late, "2026-07-10")).toEqual({ vaccineId: "hep-b", dose: 3, dueOn: "2026-07-10", due: true });
    expect(nextDoseOf(hepB, [...late, { vaccineId: "hep-b", dose: 3, date: "2026-07-20" }], "2027-01-01")).toBeNull();
  });

  it("has nothing due without a first dose, after a single-dose vaccine, and restarts with a new dose 1", () => {
    expect(nextDoseOf(hepB, [], "2026-06-01")).toBeNull();
    expect(nextDoseOf(flu, [{ vaccineId: "flu", dose: 1, date: "2025-10-01" }], "2026-10-01")).toBeNull();
    const restarted = [
      { vaccineId: "hep-a", dose: 1, date: "2020-01-01" },
      { vaccineId: "hep-a", dose: 2, date: "2020-07-01" },
      { vaccineId: "hep-a", dose: 1, date: "2026-03-01" },
    ];
    expect(nextDoseOf(hepA, restarted, "2026-09-01")).toEqual({ vaccineId: "hep-a", dose: 2, dueOn: "2026-09-01", due: true });
    expect(nextDoses([hepA, hepB, flu], restarted, "2026-04-01").map((next) => next.vaccineId)).toEqual(["hep-a"]);
  });

  it("proposes the next dose of a started series, else dose 1, and knows which doses a schedule has", () => {
    expect(proposedDose(hepB, [{ vaccineId: "hep-b", dose: 1, date: "2026-01-10" }], "2026-01-20")).toBe(2);
    expect(proposedDose(hepB, [], "2026-01-20")).toBe(1);
    expect(doseInSchedule([0, 1, 6], 3)).toBe(true);
    expect(doseInSchedule([0, 1, 6], 4)).toBe(false);
    expect(doseInSchedule([0, 1, 6], 0)).toBe(false);
    expect(doseInSchedule([0], 1.5)).toBe(false);
  });
});
