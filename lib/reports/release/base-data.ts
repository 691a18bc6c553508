import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { centreTimeZone } from "@/lib/nights/today";
import { clinicSummary, programSummary, supplyFigures, type AnnualReport } from "@/lib/reports/annual-report";
import { frontDeskFigures } from "@/lib/reports/front-desk-figures";
import { referralFigures } from "@/lib/reports/referral-figures";
import { monthsOf, type Period } from "@/lib/reports/periods";
import type { BaseTable, MonthCell, PeopleCell } from "@/lib/reports/release/base-table";
import { MEASURES } from "@/lib/reports/release/measures";

/** A whole month as a period ("2026-03" -> March 1 to April 1). */
function monthPeriod(month: string): Period {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const next = number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`;
  return { kind: "calendar", year, from: `${month}-01`, to: next };
}

/**
 * The base table of a release, read from the database: the additive counts month by month (each
 * month through the same figure functions as the annual report, so a release never counts
 * differently from the centre's own report), and the counts of people for the two exact periods
 * from the annual report already computed for them. Sections follow the reader's permissions as
 * the annual report's do.
 */
export async function releaseBase(session: SessionUser, report: AnnualReport): Promise<BaseTable> {
  const operational = can(session.role, "reports:operational");
  const desk = operational || can(session.role, "reports:costs");
  const clinic = can(session.role, "clinic:counts");
  const programs = operational && can(session.role, "programs:read");
  const timeZone = centreTimeZone();
  const months: MonthCell[] = [];
  const add = (measure: string, breakdown: string, month: string, count: number) => {
    if (count !== 0) months.push({ measure, breakdown, month, count });
  };

  // Every month's queries at once: the pool queues them (one connection on the embedded database).
  const monthly = await Promise.all(
    [...monthsOf(report.previous), ...monthsOf(report.period)].map(async (month) => {
      const period = monthPeriod(month);
      const figures = await Promise.all([
        desk ? frontDeskFigures(prisma, period) : null,
        operational ? supplyFigures(session, period, timeZone) : null,
        operational ? referralFigures(prisma, period) : null,
        clinic ? clinicSummary(session, period) : null,
        programs ? programSummary(session, period) : null,
      ] as const);
      return [month, figures] as const;
    }),
  );
  for (const [month, [front, supplies, referrals, health, program]] of monthly) {
    if (front) {
      add(MEASURES.nights, "all", month, front.nights);
      for (const row of front.byWeekday) add(MEASURES.visits, String(row.weekday), month, row.visits);
      add(MEASURES.anonymousVisits, "all", month, front.anonymousVisits);
      for (const row of front.services) add(MEASURES.services, row.kind, month, row.count);
    }
    for (const row of supplies?.byCategory ?? []) add(MEASURES.supplyUnits, row.category, month, row.units);
    for (const row of referrals?.cells ?? []) add(MEASURES.referrals, `${row.domain}/${row.status}`, month, row.count);
    if (health) {
      add(MEASURES.clinicEncounters, "all", month, health.encounters);
      add(MEASURES.clinicAnonymous, "all", month, health.anonymous);
      for (const row of health.testsByKind) add(MEASURES.clinicTests, row.kind, month, row.count);
      for (const row of health.vaccinationsByVaccine) add(MEASURES.clinicVaccinations, row.key, month, row.count);
    }
    if (program) {
      for (const row of program.workshops.byTopic) {
        add(MEASURES.workshopsHeld, row.topic, month, row.held);
        add(MEASURES.workshopAttendance, row.topic, month, row.registered + row.anonymous);
      }
      add(MEASURES.outreachPeopleMet, "all", month, program.outreach.peopleMet);
      add(MEASURES.outreachNewContacts, "all", month, program.outreach.newContacts);
    }
  }

  const people: PeopleCell[] = [];
  for (const [period, column] of [[report.period, "current"], [report.previous, "previous"]] as const) {
    const cell = (measure: string, breakdown: string, count: number) => people.push({ measure, breakdown, from: period.from, to: period.to, count });
    const front = report.frontDesk?.[column];
    if (front) {
      cell(MEASURES.uniqueParticipants, "all", front.uniqueParticipants);
      cell(MEASURES.newParticipants, "all", front.newParticipants);
    }
    for (const row of report.programs?.[column].volunteers.byTier ?? []) cell(MEASURES.volunteers, row.tier, row.enrolled);
  }
  return { months, people };
}
