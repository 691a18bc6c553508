import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { resetDatabase } from "@/tests/support/reset-database";

const today = new Date("2026-11-26T23:30:00Z"); // a Thursday evening in Montreal, doors open

async function freshSeed() {
  await resetDatabase(prisma);
  await seedDemoData(prisma, { today, timeZone: "America/Montreal" });
}

async function figures() {
  const [row] = await prisma.$queryRawUnsafe<Record<string, number>[]>(`
    SELECT (SELECT count(*) FROM "Participant")::int AS participants,
           (SELECT count(*) FROM "Night")::int AS nights,
           (SELECT count(*) FROM "Visit")::int AS visits,
           (SELECT count(*) FROM "Visit" WHERE "participantId" IS NULL)::int AS anonymous,
           (SELECT count(*) FROM "Night" WHERE "closedAt" IS NULL)::int AS "openNights",
           (SELECT count(*) FROM "Participant" p WHERE (SELECT count(*) FROM "Visit" v WHERE v."participantId" = p."id" AND v."firstVisit") <> 1)::int AS "badFirstVisits",
           (SELECT string_agg("alias", ',' ORDER BY "code") FROM (SELECT "alias", "code" FROM "Participant" ORDER BY "code" LIMIT 20) s) AS sample`);
  return row!;
}

describe("demo data", () => {
  it("is two years of the drop-in at RÉZO's scale, tonight under way, and the same on every run", async () => {
    await freshSeed();
    const first = await figures();
    // About 400 newcomers the first year and fewer the next, 3,800 visits a year (checked per year below).
    expect(first.participants).toBeGreaterThan(650);
    expect(first.participants).toBeLessThan(950);
    expect(first.visits).toBeGreaterThan(7000);
    expect(first.visits).toBeLessThan(8800);
    expect(first.visits! / first.nights!).toBeGreaterThan(18);
    expect(first.anonymous).toBeGreaterThan(0);
    expect(first.openNights).toBe(1);
    expect(first.badFirstVisits).toBe(0);
    // Every participant can be found by the check-in search.
    expect(await prisma.participant.count({ where: { searchTerms: { none: {} } } })).toBe(0);

    // The year before Halte, as imported tallies: about 160 nights, none on a date Halte holds.
    const [past] = await prisma.$queryRawUnsafe<{ nights: number; clashes: number; first: Date; last: Date }[]>(`
      SELECT count(*)::int AS nights, min("date") AS first, max("date") AS last,
             (SELECT count(*) FROM "PastNightTally" t JOIN "Night" n ON n."date" = t."date")::int AS clashes FROM "PastNightTally"`);
    expect(past!.nights).toBeGreaterThan(140);
    expect(past!.nights).toBeLessThan(190);
    expect(past!.clashes).toBe(0);
    expect(past!.last < (await prisma.night.findFirstOrThrow({ orderBy: { date: "asc" } })).date).toBe(true);

    // The stock ledger covers every demo distribution; a few items end up low.
    expect(await prisma.stockMovement.count({ where: { kind: "DISTRIBUTED", distributionId: { not: null } } })).toBe(await prisma.distribution.count());
    // ... and every supply handed out on outreach or at the clinic, the rest of the DISTRIBUTED movements.
    expect(await prisma.stockMovement.count({ where: { kind: "DISTRIBUTED", distributionId: null, clinicEncounterId: null } })).toBe(await prisma.outreachSupply.count());
    const [stock] = await prisma.$queryRawUnsafe<{ negatives: number; mismatches: number; low: number }[]>(`
      SELECT (SELECT count(*) FROM "StockLevel" WHERE "onHand" < 0)::int AS negatives,
             (SELECT count(*) FROM "StockLevel" l WHERE l."onHand" <> (SELECT COALESCE(sum(m."quantity"), 0) FROM "StockMovement" m WHERE m."itemId" = l."itemId" AND m."size" = l."size"))::int AS mismatches,
             (SELECT count(*) FROM "CatalogueItem" i WHERE COALESCE((SELECT sum("onHand") FROM "StockLevel" WHERE "itemId" = i."id"), 0) < i."lowStockThreshold")::int AS low`);
    expect(stock).toMatchObject({ negatives: 0, mismatches: 0 });
    // The desk's usual kits (issue 16): three for the site, each with what it hands out.
    expect(await prisma.kit.count({ where: { active: true, items: { some: {} } } })).toBe(3);
    expect(stock!.low).toBeGreaterThanOrEqual(3);
    expect(stock!.low).toBeLessThanOrEqual(8);

    // The directory and a year of referrals, some with a follow-up due.
    expect(await prisma.partnerOrganisation.count()).toBe(40);
    expect(await prisma.referral.count()).toBeGreaterThan(100);
    expect(await prisma.referral.count({ where: { status: { in: ["SUGGESTED", "REFERRED"] }, followUpOn: { lte: new Date("2026-11-26") } } })).toBeGreaterThan(0);

    // A dozen bad-date reports, two of them repeats (same plate, same phone), hashed with the app's key.
    expect(await prisma.violenceReport.count()).toBe(12);
    const { listViolenceReports } = await import("@/lib/violence/reports");
    const coordinator = await prisma.user.findFirstOrThrow({ where: { role: "COORDINATOR" } });
    const session = { sessionId: "seed", userId: coordinator.id, username: coordinator.username, displayName: coordinator.displayName, role: coordinator.role, locale: "fr" as const, siteId: null, mustChangePassword: false };
    const reports = await listViolenceReports(session);
    expect(reports.filter((row) => row.repeats.length > 0)).toHaveLength(4); // two pairs, each flagged both ways

    // Clinic nights: 52 of the mobile unit and 52 dental a year, on the drop-in's nights, at realistic volumes.
    const [clinic] = await prisma.$queryRawUnsafe<{ mobile: number; dental: number; detached: number; mobileOutside: number; dentalOutside: number; anonymous: number; laterDoses: number; supplies: number; mobileLastYear: number; dentalLastYear: number }[]>(`
      WITH per AS (SELECT s."id", s."type", s."nightId", (SELECT count(*) FROM "ClinicEncounter" e WHERE e."sessionId" = s."id")::int AS n,
                          (SELECT n."closedAt" IS NULL FROM "Night" n WHERE n."id" = s."nightId") AS tonight FROM "ClinicSession" s)
      SELECT (SELECT count(*) FROM per WHERE "type" = 'MOBILE_UNIT')::int AS mobile,
             (SELECT count(*) FROM per WHERE "type" = 'DENTAL')::int AS dental,
             (SELECT count(*) FROM per WHERE "type" <> 'PARTNER_VACCINATION' AND "nightId" IS NULL)::int AS detached,
             (SELECT count(*) FROM per WHERE "type" = 'MOBILE_UNIT' AND NOT tonight AND n NOT BETWEEN 5 AND 11)::int AS "mobileOutside",
             (SELECT count(*) FROM per WHERE "type" = 'DENTAL' AND n NOT BETWEEN 3 AND 6)::int AS "dentalOutside",
             (SELECT count(*) FROM "ClinicEncounter" WHERE "participantId" IS NULL)::int AS anonymous,
             (SELECT count(*) FROM "ClinicVaccination" WHERE "dose" > 1)::int AS "laterDoses",
             (SELECT count(*) FROM "StockMovement" WHERE "clinicEncounterId" IS NOT NULL)::int AS supplies,
             (SELECT count(*) FROM "ClinicSession" WHERE "type" = 'MOBILE_UNIT' AND "date" > '2025-11-26')::int AS "mobileLastYear",
             (SELECT count(*) FROM "ClinicSession" WHERE "type" = 'DENTAL' AND "date" > '2025-11-26')::int AS "dentalLastYear"`);
    expect(clinic).toMatchObject({ detached: 0, mobileOutside: 0, dentalOutside: 0 });
    // One evening a week each, the holidays and the summer break aside: about 52 a year.
    for (const sessions of [clinic!.mobileLastYear, clinic!.dentalLastYear]) {
      expect(sessions).toBeGreaterThanOrEqual(49);
      expect(sessions).toBeLessThanOrEqual(55);
    }
    expect(clinic!.mobile).toBeGreaterThan(clinic!.mobileLastYear! * 1.8);
    expect(clinic!.anonymous).toBeGreaterThan(20);
    expect(clinic!.laterDoses).toBeGreaterThan(20);
    expect(clinic!.supplies).toBeGreaterThan(20);
    // Some people checked in tonight have a dose or a result due: the flag shows on npm start.
    const { clinicFollowUpDueAmong } = await import("@/lib/clinic/queries");
    const staff = await prisma.user.findFirstOrThrow({ where: { role: "STAFF" } });
    const tonightIds = (await prisma.visit.findMany({ where: { night: { closedAt: null }, participantId: { not: null } }, select: { participantId: true } })).map((visit) => visit.participantId!);
    const flagged = await clinicFollowUpDueAmong({ ...session, userId: staff.id, role: "STAFF" }, tonightIds, "2026-11-26");
    expect(flagged.size).toBeGreaterThanOrEqual(3);
    expect(flagged.size).toBeLessThan(tonightIds.length);

    // The coordinator's report on the last twelve months: RÉZO's year, about $26 a visit.
    const { annualReport } = await import("@/lib/reports/annual-report");
    const { periodOf } = await import("@/lib/reports/periods");
    const report = await annualReport(session, periodOf("rolling", { today: "2026-11-26", fiscalStartMonth: 4 }));
    for (const year of [report.frontDesk!.current, report.frontDesk!.previous]) {
      expect(year.visits).toBeGreaterThan(3500);
      expect(year.visits).toBeLessThan(4300);
      // The year before is Halte's own, not the imported tallies.
      expect(year.importedNights).toBe(0);
    }
    expect(report.costs!.current.totalCents).toBeGreaterThan(95_000_00);
    expect(report.costs!.current.totalCents).toBeLessThan(105_000_00);
    expect(report.costs!.perVisitCents.current).toBeGreaterThan(23_00);
    expect(report.costs!.perVisitCents.current).toBeLessThan(29_00);
    expect(await prisma.budget.count({ where: { fiscalYear: 2026 } })).toBe(8);

    // Every comparison the report makes on the periods in progress is real: the records cover the
    // period before, whatever its kind. The year before Halte has the imported tallies alone.
    const { coversPeriod } = await import("@/lib/reports/comparable");
    const { previousPeriod } = await import("@/lib/reports/periods");
    const starts = report.recordsStart;
    for (const kind of ["rolling", "calendar", "fiscal"] as const) {
      const before = previousPeriod(periodOf(kind, { today: "2026-11-26", fiscalStartMonth: 4 }));
      for (const start of [starts.desk, starts.halte, starts.expenses]) expect(coversPeriod(start, before), `${kind} from ${before.from}`).toBe(true);
    }
    const yearBeforeHalte = previousPeriod(periodOf("calendar", { today: "2026-11-26", fiscalStartMonth: 4, year: 2025 }));
    expect(coversPeriod(starts.desk, yearBeforeHalte)).toBe(true);
    expect(coversPeriod(starts.halte, yearBeforeHalte)).toBe(false);

    // Community programs: about two workshops a month with attendance from the nights' visits,
    // 15 volunteers across the tiers (the demo peer linked to one), 25 venues, a few overdue.
    const { workshopFigures, volunteerFigures, outreachFigures } = await import("@/lib/programs/figures");
    const { coverageBoard } = await import("@/lib/programs/coverage");
    const { myShifts } = await import("@/lib/programs/volunteers");
    const year = { from: "2025-11-27", to: "2026-11-26" };
    const workshops = await workshopFigures(session, year);
    expect(workshops.held).toBeGreaterThanOrEqual(20);
    expect(workshops.held).toBeLessThanOrEqual(30);
    expect(workshops.registered).toBeGreaterThan(workshops.held * 3);
    expect(await prisma.workshop.count({ where: { date: { gt: new Date("2026-11-26") } } })).toBe(3);
    const volunteers = await volunteerFigures(session, year);
    expect(volunteers.byTier.map((row) => row.tier)).toEqual(["PEER_VOLUNTEER", "SAFETY_PATROL", "EMPLOYMENT_SUPPORT"]);
    expect(volunteers.byTier.reduce((sum, row) => sum + row.enrolled, 0)).toBe(15);
    expect(volunteers.honorariumCents).toBeGreaterThan(0);
    const peerUser = await prisma.user.findUniqueOrThrow({ where: { username: "pair" } });
    const peerSession = { ...session, userId: peerUser.id, username: "pair", displayName: peerUser.displayName, role: "PEER" as const };
    expect((await myShifts(peerSession)).shifts.length).toBeGreaterThan(10);
    expect(await prisma.venue.count()).toBe(25);
    const board = await coverageBoard(session, "2026-11-26");
    const overdue = board.venues.filter((venue) => venue.overdue);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThanOrEqual(6);
    expect(board.venues.slice(0, overdue.length).every((venue) => venue.overdue)).toBe(true);
    const outreach = await outreachFigures(session, year);
    expect(outreach.suppliesGiven).toBeGreaterThan(1000);
    expect(outreach.coverage.rate).toBeGreaterThan(0.85);

    await freshSeed();
    expect(await figures()).toEqual(first);
  });
});
