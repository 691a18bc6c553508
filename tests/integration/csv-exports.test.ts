import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly } from "@/lib/nights/local-date";
import { auditCsv } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record-audit";
import { funderReportCsv } from "@/lib/reports/funder-report";
import { periodOf } from "@/lib/reports/periods";
import { signedIn } from "@/tests/support/sessions";
import { testToday } from "@/tests/support/test-clock";
import { translatorFor } from "@/tests/support/translator";

// Every CSV a person can download (the audit log, the funder report) with values shaped like
// spreadsheet formulas in the data: each must reach the spreadsheet as text, read back by a real
// CSV parser, with quotes, separators and line breaks intact.
const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", 'say "hi", then; go', "two\nlines"];
/** What a spreadsheet must be given: a formula-like start behind an apostrophe, the rest as is. */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const read = (csv: string): string[][] => {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
};

/** No cell of the file starts as a formula would. */
const noFormula = (rows: string[][]) => rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));

const lastYear = periodOf("calendar", { today: testToday(), fiscalStartMonth: 4, year: Number(testToday().slice(0, 4)) - 1 });

describe("CSV exports with hostile values", () => {
  let coordinator: SessionUser;

  beforeAll(async () => {
    coordinator = await signedIn(prisma, "COORDINATOR");
    // A staff member whose display name is a formula, and audit details that are.
    const hostileUser = await prisma.user.create({ data: { username: "hostile", displayName: HOSTILE[0]!, role: "STAFF", passwordHash: "x" } });
    for (const detail of HOSTILE) await recordAudit(prisma, { actorId: hostileUser.id, actorRole: "STAFF", action: "test.hostile", outcome: "SUCCESS", detail });
    // Vaccines named by the health team with formulas, each given once in a month of last year.
    const session = await prisma.clinicSession.create({ data: { type: "MOBILE_UNIT", date: dateOnly(`${lastYear.year}-05-14`) } });
    for (const [index, name] of HOSTILE.entries()) {
      const vaccine = await prisma.clinicVaccine.create({ data: { key: `hostile-${index}`, nameFr: name, nameEn: name, scheduleMonths: [0] } });
      const encounter = await prisma.clinicEncounter.create({ data: { sessionId: session.id, occurredAt: new Date(`${lastYear.year}-05-14T23:00:00Z`) } });
      await prisma.clinicVaccination.create({ data: { encounterId: encounter.id, vaccineId: vaccine.id, dose: 1 } });
    }
  });

  it("writes the audit log's hostile names and details as text", async () => {
    const rows = read(await auditCsv(coordinator, { action: "test.hostile" }));
    expect(rows[0]).toEqual(["id", "at", "actor", "role", "action", "entity", "entityId", "outcome", "detail"]);
    const body = rows.slice(1);
    expect(body).toHaveLength(HOSTILE.length);
    expect(body.map((row) => row[8])).toEqual(HOSTILE.map(safe));
    expect(new Set(body.map((row) => row[2]))).toEqual(new Set([safe(`${HOSTILE[0]} (hostile)`)]));
    // Ids are numbers, written bare.
    for (const row of body) expect(row[0]).toMatch(/^\d+$/);
    expect(noFormula(rows)).toEqual([]);
  });

  it("writes the funder CSV's hostile vaccine names as text, in both languages", async () => {
    for (const locale of ["fr", "en"] as const) {
      const t = translatorFor(locale);
      const csv = await funderReportCsv(coordinator, lastYear, (key, values) => t(key, values), (month) => month, locale);
      const rows = read(csv);
      const vaccineRows = rows.filter((row) => row[0] === t("reports.tables.vaccinationsByVaccine"));
      const labels = vaccineRows.map((row) => row[1]);
      for (const name of HOSTILE) expect(labels).toContain(safe(name));
      expect(noFormula(rows)).toEqual([]);
      // Every row has the same four columns: no line break or quote split a row.
      expect(new Set(rows.map((row) => row.length))).toEqual(new Set([4]));
    }
  });
});
