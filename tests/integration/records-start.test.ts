// Where a report's records start, and what the report and the funder release then say about the
// period before (issue 16, part 8): a change only where the records cover that period, and a
// line saying where they start where they do not.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly } from "@/lib/nights/local-date";
import { annualReport } from "@/lib/reports/annual-report";
import { coversPeriod } from "@/lib/reports/comparable";
import { funderLabeller, funderReport, releaseNotes } from "@/lib/reports/funder-report";
import { periodOf } from "@/lib/reports/periods";
import { recordsStart } from "@/lib/reports/records-start";
import { freshCentre } from "@/tests/support/sessions";
import { translatorFor } from "@/tests/support/translator";
import { createNight, createParticipant, createReferral, firstSite } from "@/prisma/seed/factories";

// Fiscal year 2025: April 1, 2025 to March 31, 2026; the period before starts on April 1, 2024.
const fy2025 = periodOf("fiscal", { today: "2026-11-26", fiscalStartMonth: 4, year: 2025 });
const t = translatorFor("en");
const day = (iso: string) => `[${iso}]`;

async function notesFor(session: SessionUser) {
  const exported = await funderReport(session, fy2025, "page", funderLabeller(t, (month) => month), "en");
  return releaseNotes(t, exported, day).slice(3);
}

const night = (date: string) => createNight(prisma, { date: dateOnly(date), openedAt: new Date(`${date}T22:00:00Z`), closedAt: new Date(`${date}T23:59:00Z`) });
const tally = async (date: string) =>
  prisma.pastNightTally.create({ data: { siteId: (await firstSite(prisma)).id, date: dateOnly(date), visits: 20, anonymousVisits: 2, newPeople: 1, meals: 12, batchId: randomUUID(), importedAt: new Date("2025-06-01T17:00:00Z") } });
const expense = (date: string) => prisma.expense.create({ data: { spentOn: dateOnly(date), category: "RENT", amountCents: 1_000_00, description: "fixture" } });

describe("where the records start", () => {
  let coordinator: SessionUser;
  beforeEach(async () => {
    ({ coordinator } = await freshCentre(prisma, { coordinator: "COORDINATOR" }));
  });

  it("is nowhere on an empty centre: no change, and the release says its previous column is empty", async () => {
    expect(await recordsStart()).toEqual({ desk: null, halte: null, expenses: null });
    expect(await notesFor(coordinator)).toEqual([t("reports.funder.noPreviousRecords")]);
  });

  it("is each kind's first day: the drop-in's counts from the tallies, the rest from Halte's first evening, clinic or outreach, the books from their first expense", async () => {
    await night("2025-06-02");
    await prisma.clinicSession.create({ data: { type: "PARTNER_VACCINATION", date: dateOnly("2025-05-10") } });
    await prisma.outreachShift.create({ data: { date: dateOnly("2025-05-20"), startTime: "14:00", endTime: "17:00" } });
    // The spreadsheets' tallies run up to Halte (a month apart: the centre's break).
    await tally("2024-03-04");
    await tally("2025-05-01");
    await expense("2024-03-01");
    const starts = await recordsStart();
    expect(starts).toEqual({ desk: "2024-03-04", halte: "2025-05-10", expenses: "2024-03-01" });

    // The report carries them: the drop-in's counts and the books compare with the year before, the rest does not.
    const report = await annualReport(coordinator, fy2025);
    expect(report.recordsStart).toEqual(starts);
    expect(report.previous.from).toBe("2024-04-01");
    expect(coversPeriod(report.recordsStart.desk, report.previous)).toBe(true);
    expect(coversPeriod(report.recordsStart.expenses, report.previous)).toBe(true);
    expect(coversPeriod(report.recordsStart.halte, report.previous)).toBe(false);
    // The funder reads that only the tallies' counts cover the year before, and from when the rest does.
    expect(await notesFor(coordinator)).toEqual([t("reports.funder.halteStart", { date: "[2025-05-10]" })]);
  });

  it("tells the funder where the records start when even the drop-in's counts start inside the period before", async () => {
    await night("2024-09-05");
    expect(await recordsStart()).toEqual({ desk: "2024-09-05", halte: "2024-09-05", expenses: null });
    expect(await notesFor(coordinator)).toEqual([t("reports.funder.recordsStart", { date: "[2024-09-05]" })]);
  });

  it("counts the drop-in from Halte's first night when the tallies stop long before it: the months between hold no record", async () => {
    await tally("2023-02-06");
    await tally("2023-11-30");
    await night("2025-06-02");
    // Over two months between the last tally and the first night: more than any break.
    expect((await recordsStart()).desk).toBe("2025-06-02");
    // Within two months (a summer break), the tallies run up to Halte.
    await tally("2025-04-03");
    expect((await recordsStart()).desk).toBe("2023-02-06");
  });

  it("tells the funder where the books start when they start inside the period before, as the report's expense table does", async () => {
    await night("2024-04-01");
    await expense("2024-06-01");
    expect(await notesFor(coordinator)).toEqual([t("reports.funder.expensesStart", { date: "[2024-06-01]" })]);
  });

  it("adds no line once the records cover the period before", async () => {
    await night("2024-04-01");
    expect(await notesFor(coordinator)).toEqual([]);
  });

  it("does not move with a referral typed in with an earlier date", async () => {
    await night("2025-06-02");
    const participant = await createParticipant(prisma, { code: "RS01", alias: "Avant" });
    await createReferral(prisma, { participantId: participant.id, domain: "HOUSING", referredOn: dateOnly("2023-01-10"), status: "REFERRED" });
    expect((await recordsStart()).halte).toBe("2025-06-02");
  });
});
