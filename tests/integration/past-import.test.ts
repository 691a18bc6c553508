import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { importParticipantsAction, importTalliesAction, previewParticipantImportAction, previewTallyImportAction } from "@/lib/import/actions";
import { anonymiseParticipantAction, createParticipantAction, mergeParticipantsAction } from "@/lib/participants/actions";
import { closeNightAction, openNightAction } from "@/lib/nights/actions";
import { anonymousVisitAction, checkInAction } from "@/lib/visits/actions";
import { searchParticipants } from "@/lib/participants/queries";
import { recentNights } from "@/lib/nights/queries";
import { annualReport } from "@/lib/reports/annual-report";
import { releaseBase } from "@/lib/reports/release/base-data";
import { MEASURES } from "@/lib/reports/release/measures";
import { monthsOf, type Period } from "@/lib/reports/periods";
import { addDays, isoWeekday } from "@/lib/nights/local-date";
import { signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";

// A centre arrives with its past: 500 participants from its spreadsheet and two years of nightly
// tallies (2023 and 2024), imported in the middle of June 2026. Every date is explicit.
const NOW = new Date("2026-06-15T22:00:00Z"); // 18:00 in Montreal, June 15 2026
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const calendar = (year: number): Period => ({ kind: "calendar", year, from: `${year}-01-01`, to: `${year + 1}-01-01` });

type Tally = { date: string; visits: number; anonymous: number; newPeople: number; meals: number };

/** Four nights a week (Monday to Thursday) of 2023 and 2024, with counts from a fixed sequence. */
function pastNights(): Tally[] {
  let seed = 42;
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of a power-of-two generator repeat with a short period.
    return Math.floor(seed / 65536) % (max + 1);
  };
  const nights: Tally[] = [];
  for (let date = "2023-01-01"; date < "2025-01-01"; date = addDays(date, 1)) {
    if (isoWeekday(date) > 4) continue;
    const visits = 15 + next(30);
    const anonymous = next(Math.min(6, visits));
    nights.push({ date, visits, anonymous, newPeople: next(3), meals: 10 + next(visits - 10) });
  }
  return nights;
}

/** As a French spreadsheet exports it: ";" between columns, dd/mm/yyyy, a BOM. */
function tallyCsv(nights: Tally[]): string {
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return `\uFEFFDate;Visites;Anonymes;Nouvelles personnes;Repas\r\n${nights.map((night) => `${dmy(night.date)};${night.visits};${night.anonymous};${night.newPeople};${night.meals}`).join("\r\n")}\r\n`;
}

const totals = (nights: Tally[], from: string, to: string) => {
  const inside = nights.filter((night) => night.date >= from && night.date < to);
  const sum = (field: keyof Omit<Tally, "date">) => inside.reduce((total, night) => total + night[field], 0);
  return { nights: inside.length, visits: sum("visits"), anonymous: sum("anonymous"), newPeople: sum("newPeople"), meals: sum("meals") };
};

const counts = async () => ({
  participants: await prisma.participant.count(),
  terms: await prisma.participantSearchTerm.count(),
  tallies: await prisma.pastNightTally.count(),
  nights: await prisma.night.count(),
});

describe("importing the centre's past", () => {
  let coordinator: SessionUser;
  let staff: SessionUser;
  const nights = pastNights();
  const people = Array.from({ length: 500 }, (_, index) => ({ alias: `Personne ${index + 1}`, code: `RZ-${String(index + 1).padStart(4, "0")}` }));
  const peopleCsv = `alias,ancien_code\n${people.map((person) => `${person.alias},${person.code}`).join("\n")}\n`;

  beforeAll(async () => {
    coordinator = await signedIn(prisma, "COORDINATOR");
    staff = await signedIn(prisma, "STAFF");
  });

  it("refuses the import to anyone but the coordinator, changing nothing", async () => {
    const before = await counts();
    const refused = await runAs(prisma, importParticipantsAction, staff, { fileName: "people.csv", content: base64(peopleCsv) }, { now: NOW });
    expect(refused).toMatchObject({ ok: false, error: "Your role does not allow this action or page. Nothing was changed." });
    expect(await counts()).toEqual(before);
  });

  it("previews then imports 500 participants, each with a fresh Halte code and the old one kept", async () => {
    const preview = await runAs(prisma, previewParticipantImportAction, coordinator, { fileName: "people.csv", content: base64(peopleCsv) }, { now: NOW });
    expect(preview).toMatchObject({ ok: true, data: { rowCount: 500, ready: 500, withFormerCode: 500, problems: [] } });
    expect(await prisma.participant.count()).toBe(0);

    const imported = await runAs(prisma, importParticipantsAction, coordinator, { fileName: "people.csv", content: base64(peopleCsv) }, { now: NOW });
    expect(imported).toMatchObject({ ok: true, data: { count: 500, withFormerCode: 500 }, message: "Participants imported." });
    const rows = await prisma.participant.findMany({ select: { code: true, alias: true, formerCode: true, importedAt: true } });
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((row) => row.code)).size).toBe(500);
    expect(rows.every((row) => /^[0-9A-HJKMNP-TV-Z]{6}$/.test(row.code) && row.importedAt?.getTime() === NOW.getTime())).toBe(true);
    expect(rows.find((row) => row.formerCode === "RZ-0042")?.alias).toBe("Personne 42");

    // Audited with counts only: no alias and no old code in the log.
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "import.participants", outcome: "SUCCESS" } });
    expect(audit.detail).toBe("participants:500 formerCodes:500");
    const quoted = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent" a WHERE a::text ILIKE '%Personne%' OR a::text ILIKE '%RZ-00%'`;
    expect(quoted[0]!.n).toBe(0);
  });

  it("finds a participant at the front desk by the old code, however it is typed", async () => {
    for (const typed of ["RZ-0042", "rz0042", "rz 0042"]) {
      const hits = await searchParticipants(staff, typed, { today: "2026-06-15" });
      expect(hits.map((hit) => hit.alias), typed).toContain("Personne 42");
      expect(hits.map((hit) => hit.alias), typed).not.toContain("Personne 43");
    }
  });

  it("refuses a file with one bad row, naming its line in the user's language, and changes nothing", async () => {
    // Line 4 reuses a former code Halte already holds (spelled differently); the rest is fine.
    const file = "pseudonyme;ancien_code\nLune;NEW-1\nSoleil;NEW-2\nÉtoile;rz 0007\nNuage;\n";
    const before = await counts();
    const preview = await runAs(prisma, previewParticipantImportAction, coordinator, { fileName: "more.csv", content: base64(file) }, { now: NOW });
    expect(preview).toMatchObject({ ok: true, data: { rowCount: 4, ready: 3, problems: [{ line: 4, column: "ancien_code", problem: "formerCodeTaken" }] } });
    const refused = await runAs(prisma, importParticipantsAction, coordinator, { fileName: "more.csv", content: base64(file) }, { locale: "fr", now: NOW });
    expect(refused).toMatchObject({ ok: false, error: "1 ligne refusée, la première à la ligne 4 : rien n'a été importé." });
    const english = await runAs(prisma, importParticipantsAction, coordinator, { fileName: "more.csv", content: base64(file) }, { locale: "en", now: NOW });
    expect(english).toMatchObject({ ok: false, error: "1 row refused, the first on line 4: nothing was imported." });
    expect(await counts()).toEqual(before);
  });

  it("imports two years of nightly tallies that the report shows in the previous-year column", async () => {
    const file = tallyCsv(nights);
    const preview = await runAs(prisma, previewTallyImportAction, coordinator, { fileName: "soirs.csv", content: base64(file) }, { now: NOW });
    const all = totals(nights, "2023-01-01", "2025-01-01");
    expect(preview).toMatchObject({
      ok: true,
      data: { rowCount: nights.length, ready: nights.length, dateFormat: "DMY", from: "2023-01-02", to: "2024-12-31", problems: [], totals: { visits: all.visits, anonymousVisits: all.anonymous, newPeople: all.newPeople, meals: all.meals } },
    });
    const imported = await runAs(prisma, importTalliesAction, coordinator, { fileName: "soirs.csv", content: base64(file) }, { now: NOW });
    expect(imported).toMatchObject({ ok: true, data: { count: nights.length } });
    expect(nights.length).toBeGreaterThan(400);
    // Listed with the nights, marked as imported (no page of their own).
    const listed = await recentNights(coordinator);
    expect(listed).toHaveLength(60);
    expect(listed[0]).toMatchObject({ date: "2024-12-31", imported: true, closed: true, visits: nights.at(-1)!.visits, anonymous: nights.at(-1)!.anonymous });

    // The first year in Halte (2025) beside the year before: the file's 2024 sums, exactly.
    const y2024 = totals(nights, "2024-01-01", "2025-01-01");
    const report = await annualReport(coordinator, calendar(2025));
    const previous = report.frontDesk!.previous;
    expect(previous).toMatchObject({
      nights: y2024.nights,
      visits: y2024.visits,
      anonymousVisits: y2024.anonymous,
      newParticipants: y2024.newPeople,
      importedNights: y2024.nights,
      // A tally names nobody: people seen count Halte's visits only.
      uniqueParticipants: 0,
    });
    expect(previous.services).toEqual([{ kind: "MEAL", count: y2024.meals }]);
    expect(previous.byMonth.reduce((sum, month) => sum + month.visits, 0)).toBe(y2024.visits);
    expect(report.frontDesk!.current).toMatchObject({ nights: 0, visits: 0, importedNights: 0 });

    // 2024's own report compares with 2023; a fiscal year (April to March) cuts inside the file.
    const y2023 = totals(nights, "2023-01-01", "2024-01-01");
    const report2024 = await annualReport(coordinator, calendar(2024));
    expect(report2024.frontDesk!.current).toMatchObject({ visits: y2024.visits, anonymousVisits: y2024.anonymous, newParticipants: y2024.newPeople });
    expect(report2024.frontDesk!.previous).toMatchObject({ nights: y2023.nights, visits: y2023.visits, anonymousVisits: y2023.anonymous, newParticipants: y2023.newPeople });
    const fiscal = await annualReport(coordinator, { kind: "fiscal", year: 2025, from: "2025-04-01", to: "2026-04-01" });
    const fiscalBefore = totals(nights, "2024-04-01", "2025-04-01");
    expect(fiscal.frontDesk!.previous).toMatchObject({ nights: fiscalBefore.nights, visits: fiscalBefore.visits, newParticipants: fiscalBefore.newPeople });

    // The funder release is made from the same figures: its base cells add up to the file's sums.
    const base = await releaseBase(coordinator, report);
    const before = new Set(monthsOf(report.previous));
    const sum = (measure: string, breakdown?: string) =>
      base.months.filter((cell) => cell.measure === measure && before.has(cell.month) && (breakdown === undefined || cell.breakdown === breakdown)).reduce((total, cell) => total + cell.count, 0);
    expect(sum(MEASURES.visits)).toBe(y2024.visits);
    expect(sum(MEASURES.anonymousVisits)).toBe(y2024.anonymous);
    expect(sum(MEASURES.nights)).toBe(y2024.nights);
    expect(sum(MEASURES.services, "MEAL")).toBe(y2024.meals);
    expect(base.people.find((cell) => cell.measure === MEASURES.newParticipants && cell.from === "2024-01-01")?.count).toBe(y2024.newPeople);
  });

  it("refuses nights already imported, nights Halte holds and nights twice in a file, changing nothing", async () => {
    // A real night of 2022 with one visit, opened in Halte.
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: new Date("2022-05-02T23:00:00Z") });
    if (!opened.ok) throw new Error(opened.error);
    expect(await runAs(prisma, anonymousVisitAction, staff, { nightId: opened.data.nightId }, { now: new Date("2022-05-02T23:10:00Z") })).toMatchObject({ ok: true });
    expect(await runAs(prisma, closeNightAction, staff, { nightId: opened.data.nightId }, { now: new Date("2022-05-03T03:00:00Z") })).toMatchObject({ ok: true });
    const file = "date,visits,anonymous,new people,meals\n2022-05-02,20,1,1,15\n2022-05-03,20,1,1,15\n2024-01-02,20,1,1,15\n2022-05-03,21,1,1,15\n2026-06-15,20,1,1,15\n";
    const before = await counts();
    const preview = await runAs(prisma, previewTallyImportAction, coordinator, { fileName: "again.csv", content: base64(file) }, { now: NOW });
    expect(preview.ok && preview.data.problems).toEqual([
      { line: 2, column: "date", problem: "dateHasNight", values: { visits: 1 } },
      { line: 4, column: "date", problem: "dateImported" },
      { line: 5, column: "date", problem: "dateTwice", values: { line: 3 } },
      { line: 6, column: "date", problem: "dateNotPast" },
    ]);
    const refused = await runAs(prisma, importTalliesAction, coordinator, { fileName: "again.csv", content: base64(file) }, { locale: "fr", now: NOW });
    expect(refused).toMatchObject({ ok: false, error: "4 lignes refusées, la première à la ligne 2 : rien n'a été importé." });
    expect(await counts()).toEqual(before);
  });

  it("does not count an imported person as new at their first visit in Halte", async () => {
    const person = await prisma.participant.findFirstOrThrow({ where: { formerCode: "RZ-0100" }, select: { id: true } });
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: NOW });
    if (!opened.ok) throw new Error(opened.error);
    expect(await runAs(prisma, checkInAction, staff, { nightId: opened.data.nightId, participantId: person.id }, { now: NOW })).toMatchObject({ ok: true });
    const fresh = await runAs(prisma, createParticipantAction, staff, { ...quickIntake("Nouvelle venue"), checkInNightId: opened.data.nightId }, { now: NOW });
    expect(fresh.ok).toBe(true);
    const visits = await prisma.visit.findMany({ where: { nightId: opened.data.nightId }, select: { participantId: true, firstVisit: true } });
    expect(visits.find((visit) => visit.participantId === person.id)?.firstVisit).toBe(false);
    expect(visits.filter((visit) => visit.firstVisit)).toHaveLength(1);
  });

  it("moves the former code with a merge, and clears it with an anonymisation", async () => {
    const imported = await prisma.participant.findFirstOrThrow({ where: { formerCode: "RZ-0200" }, select: { id: true } });
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake("Deux fois"), { now: NOW });
    if (!created.ok) throw new Error(created.error);
    const survivorId = created.data.participantId;
    expect(await runAs(prisma, mergeParticipantsAction, staff, { survivorId, mergedId: imported.id }, { now: NOW })).toMatchObject({ ok: true });
    expect(await prisma.participant.findUniqueOrThrow({ where: { id: survivorId }, select: { formerCode: true, importedAt: true } })).toEqual({ formerCode: "RZ-0200", importedAt: NOW });
    expect((await searchParticipants(staff, "RZ-0200", { today: "2026-06-15" })).map((hit) => hit.id)).toEqual([survivorId]);

    const done = await runAs(prisma, anonymiseParticipantAction, coordinator, { participantId: survivorId, confirm: true }, { now: NOW });
    expect(done.ok).toBe(true);
    expect((await prisma.participant.findUniqueOrThrow({ where: { id: survivorId }, select: { formerCode: true } })).formerCode).toBeNull();
    expect(await searchParticipants(staff, "RZ-0200", { today: "2026-06-15" })).toEqual([]);
  });
});
