import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly } from "@/lib/nights/local-date";
import { annualReport } from "@/lib/reports/annual-report";
import { periodOf } from "@/lib/reports/periods";
import { funderLabeller, funderReport } from "@/lib/reports/funder-report";
import { publishedText } from "@/lib/reports/suppression";
import { cellDraw, cellId, roundToFive } from "@/lib/reports/release/rounding";
import { releaseRoundingKey } from "@/lib/reports/release/rounding-key";
import { signedIn } from "@/tests/support/sessions";
import { testToday } from "@/tests/support/test-clock";
import { createNight, createParticipant, createReferral, createVisit, createVolunteer } from "@/prisma/seed/factories";

// A hand-made fixture around fiscal year 2025 (April 1, 2025 to March 31, 2026), with one night
// just before it and one just after, so every boundary is tested. The expected figures are
// worked out by hand in the comments, not by the code under test.
const fy2025 = periodOf("fiscal", { today: "2026-11-26", fiscalStartMonth: 4, year: 2025 });

describe("the annual report on a fixture computed by hand", () => {
  let coordinator: SessionUser;
  let staff: SessionUser;
  let health: SessionUser;

  beforeAll(async () => {
    coordinator = await signedIn(prisma, "COORDINATOR");
    staff = await signedIn(prisma, "STAFF");
    health = await signedIn(prisma, "HEALTH");
    const [a, b, c] = await Promise.all(["A", "B", "C"].map((alias, index) => createParticipant(prisma, { code: `FIX${index}`, alias })));
    const night = async (date: string, visits: { participantId: string | null; firstVisit?: boolean; services?: ("MEAL" | "SNACK")[] }[]) => {
      const created = await createNight(prisma, { date: dateOnly(date), openedAt: new Date(`${date}T22:00:00Z`), closedAt: new Date(`${date}T23:59:00Z`) });
      for (const visit of visits) {
        await createVisit(prisma, { nightId: created.id, ...visit, checkedInAt: new Date(`${date}T22:30:00Z`) });
      }
    };
    // Previous fiscal year: Monday March 31, 2025, A's first visit.
    await night("2025-03-31", [{ participantId: a!.id, firstVisit: true }]);
    // Thursday April 3, 2025: A (not new), B (new, meal + snack), two anonymous visitors; A had a meal.
    await night("2025-04-03", [
      { participantId: a!.id, services: ["MEAL"] },
      { participantId: b!.id, firstVisit: true, services: ["MEAL", "SNACK"] },
      { participantId: null },
      { participantId: null },
    ]);
    // Monday April 7, 2025: A, C (new), one anonymous visitor.
    await night("2025-04-07", [{ participantId: a!.id }, { participantId: c!.id, firstVisit: true }, { participantId: null }]);
    // Tuesday March 31, 2026, the last evening of the fiscal year: B.
    await night("2026-03-31", [{ participantId: b!.id }]);
    // Wednesday April 1, 2026: the next fiscal year; must not count.
    await night("2026-04-01", [{ participantId: c!.id }, { participantId: null }]);

    const expense = (spentOn: string, category: "RENT" | "FOOD" | "OTHER", amountCents: number) =>
      prisma.expense.create({ data: { spentOn: dateOnly(spentOn), category, amountCents, description: "fixture" } });
    await expense("2025-03-31", "OTHER", 50_00); // previous year
    await expense("2025-04-01", "RENT", 2_500_00);
    await expense("2025-06-15", "FOOD", 123_45);
    await expense("2026-03-31", "FOOD", 76_55);
    await expense("2026-04-01", "RENT", 999_00); // next year
    await prisma.budget.createMany({ data: [{ fiscalYear: 2025, category: "RENT", amountCents: 30_000_00 }, { fiscalYear: 2025, category: "FOOD", amountCents: 10_000_00 }] });

    // A peer volunteer's two shifts: $40 honorarium in the year, $25 the year before.
    const volunteer = await createVolunteer(prisma, { participantId: a!.id, consentOn: dateOnly("2025-03-01"), tier: "PEER_VOLUNTEER" });
    await prisma.volunteerShift.createMany({
      data: [
        { volunteerId: volunteer.id, date: dateOnly("2025-10-02"), activity: "MEAL_PREPARATION", minutes: 180, honorariumCents: 40_00 },
        { volunteerId: volunteer.id, date: dateOnly("2025-02-02"), activity: "CLEANING", minutes: 120, honorariumCents: 25_00 },
      ],
    });

    const referral = (referredOn: string, domain: "HOUSING" | "LEGAL", status: "REFERRED" | "CONNECTED" | "SUGGESTED") =>
      createReferral(prisma, { participantId: a!.id, domain, status, referredOn: dateOnly(referredOn) });
    await referral("2025-05-01", "HOUSING", "REFERRED");
    await referral("2025-09-10", "HOUSING", "CONNECTED");
    await referral("2026-04-01", "LEGAL", "SUGGESTED"); // next year
  });

  it("counts the drop-in's year from its nights, in the centre's dates", async () => {
    const report = await annualReport(coordinator, fy2025);
    expect(report.period).toMatchObject({ from: "2025-04-01", to: "2026-04-01" });
    const desk = report.frontDesk!.current;
    // Nights: April 3, April 7, March 31 = 3. Visits: 4 + 3 + 1 = 8, of which 2 + 1 = 3 anonymous.
    expect(desk).toMatchObject({ nights: 3, visits: 8, anonymousVisits: 3 });
    // Unique: A, B, C = 3. New: B (April 3) and C (April 7); A's first visit was the year before.
    expect(desk).toMatchObject({ uniqueParticipants: 3, newParticipants: 2 });
    // 8 visits / 3 nights = 2.67 -> 2.7; the busiest is April 3 with 4.
    expect(desk.averagePerNight).toBe(2.7);
    expect(desk.busiestNights[0]).toEqual({ date: "2025-04-03", visits: 4 });
    // April 2025: 4 + 3 = 7; March 2026: 1; twelve months listed.
    expect(desk.byMonth).toHaveLength(12);
    expect(desk.byMonth.find((row) => row.month === "2025-04")!.visits).toBe(7);
    expect(desk.byMonth.find((row) => row.month === "2026-03")!.visits).toBe(1);
    // Thursday 4, Monday 3, Tuesday 1.
    expect(desk.byWeekday.filter((row) => row.visits > 0)).toEqual([
      { weekday: 1, visits: 3 },
      { weekday: 2, visits: 1 },
      { weekday: 4, visits: 4 },
    ]);
    // Meals: A and B on April 3 = 2; snacks: B = 1.
    expect(desk.services).toEqual([{ kind: "MEAL", count: 2 }, { kind: "SNACK", count: 1 }]);
    // The year before: March 31, 2025 only.
    expect(report.frontDesk!.previous).toMatchObject({ nights: 1, visits: 1, uniqueParticipants: 1, newParticipants: 1 });
  });

  it("sets expenses against the budget and divides them by visits and people", async () => {
    const report = await annualReport(coordinator, fy2025);
    const costs = report.costs!;
    // Rent 2,500.00; food 123.45 + 76.55 = 200.00; honoraria from the October shift 40.00;
    // total 2,740.00.
    expect(costs.current.byCategory.find((row) => row.category === "RENT")).toEqual({ category: "RENT", spentCents: 2_500_00, budgetCents: 30_000_00 });
    expect(costs.current.byCategory.find((row) => row.category === "FOOD")).toEqual({ category: "FOOD", spentCents: 200_00, budgetCents: 10_000_00 });
    expect(costs.current.byCategory.find((row) => row.category === "VOLUNTEER_HONORARIA")!.spentCents).toBe(40_00);
    expect(costs.current.honorariaFromShiftsCents).toBe(40_00);
    expect(costs.current.totalCents).toBe(2_740_00);
    expect(costs.current.budgetCents).toBe(40_000_00);
    // 274,000 cents / 8 visits = 34,250 ($342.50); / 3 people = 91,333.3 -> 91,333 ($913.33).
    expect(costs.perVisitCents.current).toBe(342_50);
    expect(costs.perParticipantCents.current).toBe(913_33);
    // The year before: $50.00 + the February shift's $25.00 = $75.00, for 1 visit by 1 person.
    expect(costs.previous.totalCents).toBe(75_00);
    expect(costs.perVisitCents.previous).toBe(75_00);
  });

  it("counts referrals made in the year by domain and where they stand", async () => {
    const report = await annualReport(coordinator, fy2025);
    // Two housing referrals in the year; the legal one is April 1, 2026, next year.
    expect(report.referrals!.current).toEqual({
      total: 2,
      byDomain: [{ domain: "HOUSING", count: 2 }],
      byStatus: [{ status: "CONNECTED", count: 1 }, { status: "REFERRED", count: 1 }],
      cells: expect.arrayContaining([{ domain: "HOUSING", status: "CONNECTED", count: 1 }, { domain: "HOUSING", status: "REFERRED", count: 1 }]),
    });
  });

  it("gives staff the operational sections without money, health only what health may count", async () => {
    const forStaff = await annualReport(staff, fy2025);
    expect(forStaff.costs).toBeNull();
    expect(forStaff.clinic).toBeNull(); // clinic counts: coordinator and health team only
    expect((await annualReport(coordinator, fy2025)).clinic!.current.encounters).toBe(0);
    expect(forStaff.frontDesk!.current.visits).toBe(8);
    const forHealth = await annualReport(health, fy2025);
    expect(forHealth).toMatchObject({ costs: null, frontDesk: null, supplies: null, referrals: null });
    const peer = await signedIn(prisma, "PEER");
    await expect(annualReport(peer, fy2025)).rejects.toThrow(/access denied/);
  });

  it("keeps the night tallies equal to the visits through inserts, updates and deletes", async () => {
    const mismatches = async () =>
      (
        await prisma.$queryRawUnsafe<{ count: number }[]>(`
          SELECT count(*)::int AS count FROM (
            SELECT n."id", COALESCE(t."visits", 0) AS tv, COALESCE(t."anonymous", 0) AS ta, COALESCE(t."firstVisits", 0) AS tf,
                   (SELECT count(*) FROM "Visit" v WHERE v."nightId" = n."id") AS v,
                   (SELECT count(*) FROM "Visit" v WHERE v."nightId" = n."id" AND v."participantId" IS NULL) AS a,
                   (SELECT count(*) FROM "Visit" v WHERE v."nightId" = n."id" AND v."firstVisit") AS f
            FROM "Night" n LEFT JOIN "NightTally" t ON t."nightId" = n."id") s
          WHERE tv <> v OR ta <> a OR tf <> f
          UNION ALL
          SELECT count(*)::int FROM (
            SELECT s."nightId", s."kind", s."count", (SELECT count(*) FROM "VisitService" x WHERE x."nightId" = s."nightId" AND x."kind" = s."kind") AS real
            FROM "NightServiceTally" s) s WHERE "count" <> real`)
      ).map((row) => row.count);
    expect(await mismatches()).toEqual([0, 0]);
    await prisma.$transaction(async (tx) => {
      // A merge moves visits to another record; an undone check-in deletes one, with its services.
      const visit = await tx.visit.findFirstOrThrow({ where: { participantId: { not: null } }, include: { services: true } });
      await tx.visit.updateMany({ where: { participantId: null }, data: { firstVisit: true } });
      await tx.visitService.deleteMany({ where: { kind: "SNACK" } });
      await tx.visit.delete({ where: { id: visit.id } });
      expect(await mismatches()).toEqual([0, 0]);
      throw new Error("rollback");
    }).catch((error: unknown) => {
      if (!(error instanceof Error) || error.message !== "rollback") throw error;
    });
  });

  it("says a year with no data is empty rather than failing", async () => {
    const report = await annualReport(coordinator, periodOf("calendar", { today: "2026-11-26", fiscalStartMonth: 4, year: 2019 }));
    expect(report.empty).toBe(true);
    expect(report.frontDesk!.current.visits).toBe(0);
    expect(report.costs!.perVisitCents.current).toBeNull();
  });

  it("releases the year rounded to 5 from the monthly base cells, with ratios over the published counts, and audits it", async () => {
    const session = coordinator;
    const exported = await funderReport(session, fy2025, "csv", funderLabeller((key) => key, (month) => month));
    // The rule (lib/reports/release/): each visits cell (weekday, month) rounded once with the
    // centre's key; a month's row adds its weekdays, the total adds every cell.
    const key = releaseRoundingKey();
    const rounded = (count: number, ...cell: string[]) => roundToFive(count, cellDraw(key, cellId("month", ...cell)));
    const march = rounded(1, "visits", "2", "2026-03"); // Tuesday March 31: 1 visit
    const april = rounded(4, "visits", "4", "2025-04") + rounded(3, "visits", "1", "2025-04"); // Thursday 4, Monday 3
    const byMonth = exported.tables.find((table) => table.key === "visitsByMonth")!;
    const cell = (month: string) => byMonth.rows.find((row) => row.key === month)!.current;
    expect(cell("2026-03")).toEqual({ kind: "value", value: march });
    expect(cell("2025-04")).toEqual({ kind: "value", value: april });
    expect(cell("2025-05")).toEqual({ kind: "value", value: 0 });
    expect(byMonth.total.current).toEqual({ kind: "value", value: march + april });
    expect([0, 5].includes(march) && [5, 10].includes(april)).toBe(true);
    // Headline: visits are the same sum; 3 anonymous visits in April are one cell; 3 people and
    // 2 new people are counts of people for the exact year, 1 to 4: "<5".
    const headline = Object.fromEntries(exported.headline.map((line) => [line.key, line.current]));
    expect(headline.visits).toEqual({ kind: "value", value: march + april });
    expect(headline.anonymousVisits).toEqual({ kind: "value", value: rounded(3, "anonymousVisits", "all", "2025-04") });
    expect(publishedText(headline.uniqueParticipants!)).toBe("<5");
    expect(publishedText(headline.newParticipants!)).toBe("<5");
    // Two housing referrals (May REFERRED, September CONNECTED), each its own cell.
    const housing = exported.tables.find((table) => table.key === "referralsByDomain")!.rows.find((row) => row.key === "HOUSING")!;
    expect(housing.current).toEqual({ kind: "value", value: rounded(1, "referrals", "HOUSING/REFERRED", "2025-05") + rounded(1, "referrals", "HOUSING/CONNECTED", "2025-09") });
    // No count of 1 to 4 leaves as a number; every count is a multiple of 5.
    const counts = [...exported.headline, ...exported.tables.flatMap((table) => [...table.rows, table.total])].flatMap((line) => [line.current, line.previous]);
    for (const count of counts) if (count.kind === "value") expect(count.value % 5).toBe(0);
    // $2,740.00 over the published visits; per person withheld: the head count is "<5".
    const perVisit = exported.money.find((line) => line.key === "perVisit")!;
    expect(perVisit.currentCents).toBe(march + april > 0 ? Math.round(2_740_00 / (march + april)) : null);
    expect(exported.money.find((line) => line.key === "perParticipant")!.currentCents).toBeNull();
    // Amounts are exact.
    expect(exported.money.find((line) => line.key === "totalExpenses")!.currentCents).toBe(2_740_00);
    expect(await prisma.auditEvent.count({ where: { action: "reports.funder-export", actorId: session.userId, entityId: "fiscal:2025" } })).toBe(1);
  });

  it("publishes a month the same in every release that holds it: the calendar year, the fiscal year, the next year's comparison column", async () => {
    const label = funderLabeller((key) => key, (month) => month);
    const month = async (period: Parameters<typeof funderReport>[1], key: string, column: "current" | "previous") =>
      (await funderReport(coordinator, period, "page", label)).tables.find((table) => table.key === "visitsByMonth")!.rows.find((row) => row.key === key)![column];
    const calendar = (year: number) => periodOf("calendar", { today: testToday(), fiscalStartMonth: 4, year });
    // April 2025 (7 visits, rounded from its two weekday cells) and March 2026 (1 visit).
    const april = await month(fy2025, "2025-04", "current");
    expect(await month(calendar(2025), "2025-04", "current")).toEqual(april);
    expect(await month(calendar(2026), "2026-04", "previous")).toEqual(april);
    const march = await month(fy2025, "2026-03", "current");
    expect(await month(calendar(2026), "2026-03", "current")).toEqual(march);
    expect(await month(periodOf("fiscal", { today: testToday(), fiscalStartMonth: 4, year: 2026 }), "2026-04", "current")).toEqual({ kind: "value", value: 0 });
  });

  it("leaves the month in progress out of every release", async () => {
    const today = testToday();
    const exported = await funderReport(coordinator, periodOf("rolling", { today, fiscalStartMonth: 4 }), "page", funderLabeller((key) => key, (month) => month));
    expect(exported.period.to).toBe(`${today.slice(0, 7)}-01`);
    expect(exported.tables.find((table) => table.key === "visitsByMonth")!.rows.map((row) => row.key)).toHaveLength(12);
    expect(exported.tables.find((table) => table.key === "visitsByMonth")!.rows.map((row) => row.key)).not.toContain(today.slice(0, 7));
  });
});
