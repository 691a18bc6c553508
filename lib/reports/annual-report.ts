import "server-only";
import { prisma } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { centreTimeZone, centreToday } from "@/lib/nights/today";
import { byCategory, stockFigures } from "@/lib/stock/figures";
import { fiscalYearStartMonth } from "@/lib/costs/queries";
import { frontDeskFigures, type FrontDeskFigures } from "@/lib/reports/front-desk-figures";
import { referralFigures, type ReferralFigures } from "@/lib/reports/referral-figures";
import { costFigures, type CostFigures } from "@/lib/reports/cost-figures";
import { periodInstants, periodOf, previousPeriod, type Period, type PeriodKind } from "@/lib/reports/periods";
import { clinicFigures } from "@/lib/clinic/figures";
import { outreachFigures, volunteerFigures, workshopFigures, type OutreachFigures, type VolunteerFigures, type WorkshopFigures } from "@/lib/programs/figures";
import { addDays } from "@/lib/nights/local-date";
import { recordsStart, type RecordsStart } from "@/lib/reports/records-start";
import type { ClinicTestKind, ItemCategory } from "@/lib/generated/prisma/enums";

export type Compared<T> = { current: T; previous: T };

/** Values are null for a role without `money:read`: lib/stock/figures.ts never computes them for it. */
export type SupplyFigures = {
  byCategory: { category: ItemCategory; units: number; valueCents: number | null }[];
  units: number;
  valueCents: number | null;
  receivedDonatedCents: number | null;
  receivedPurchasedCents: number | null;
};

/** The clinic's year in counts only (the coordinator's need to know, docs/roles-and-privacy.md). */
export type ClinicSummary = {
  sessions: number;
  encounters: number;
  anonymous: number;
  participants: number;
  tests: number;
  vaccinations: number;
  referrals: number;
  testsByKind: { kind: ClinicTestKind; count: number }[];
  vaccinationsByVaccine: { key: string; nameFr: string; nameEn: string; count: number }[];
};

export type ProgramSummary = { workshops: WorkshopFigures; volunteers: VolunteerFigures; outreach: OutreachFigures };

export type AnnualReport = {
  period: Period;
  previous: Period;
  /** Where each kind of record starts: a change is shown only where they cover `previous`. */
  recordsStart: RecordsStart;
  /** Nothing was recorded in the period: the page says so instead of a page of zeros. */
  empty: boolean;
  frontDesk: Compared<FrontDeskFigures> | null;
  supplies: Compared<SupplyFigures> | null;
  referrals: Compared<ReferralFigures> | null;
  clinic: Compared<ClinicSummary> | null;
  programs: Compared<ProgramSummary> | null;
  costs: (Compared<CostFigures> & { perVisitCents: Compared<number | null>; perParticipantCents: Compared<number | null> }) | null;
};

/** Who may open the report at all: each role sees the sections its permissions allow. */
export function mayReadReports(session: SessionUser): boolean {
  return can(session.role, "reports:read");
}

export async function reportPeriod(kind: PeriodKind, year?: number): Promise<Period> {
  return periodOf(kind, { today: centreToday(), fiscalStartMonth: await fiscalYearStartMonth(), year });
}

/**
 * The annual report for a period beside the same period a year earlier. Every figure is an
 * aggregate computed by the database; a section a role may not see is not computed at all.
 */
export async function annualReport(session: SessionUser, period: Period): Promise<AnnualReport> {
  requirePermission(session, "reports:read");
  const previous = previousPeriod(period);
  const operational = can(session.role, "reports:operational");
  const money = can(session.role, "reports:costs");
  const timeZone = centreTimeZone();
  const both = async <T>(figures: (period: Period) => Promise<T>): Promise<Compared<T>> => {
    const [current, before] = await Promise.all([figures(period), figures(previous)]);
    return { current, previous: before };
  };

  const [frontDesk, supplies, referrals, costs, clinic, programs, starts] = await Promise.all([
    operational || money ? both((p) => frontDeskFigures(prisma, p)) : null,
    operational ? both((p) => supplyFigures(session, p, timeZone)) : null,
    operational ? both((p) => referralFigures(prisma, p)) : null,
    money ? both((p) => costFigures(prisma, p)) : null,
    can(session.role, "clinic:counts") ? both((p) => clinicSummary(session, p)) : null,
    operational && can(session.role, "programs:read") ? both((p) => programSummary(session, p)) : null,
    recordsStart(),
  ]);

  const perVisit = (cost: CostFigures, desk: FrontDeskFigures | undefined) => (desk && desk.visits > 0 ? Math.round(cost.totalCents / desk.visits) : null);
  // Nights imported from the spreadsheets name nobody: over a period holding some, the people seen
  // are Halte's only, too few to divide by.
  const perParticipant = (cost: CostFigures, desk: FrontDeskFigures | undefined) =>
    desk && desk.uniqueParticipants > 0 && desk.importedNights === 0 ? Math.round(cost.totalCents / desk.uniqueParticipants) : null;

  const empty =
    (frontDesk?.current.nights ?? 0) === 0 &&
    (supplies?.current.units ?? 0) === 0 &&
    (referrals?.current.total ?? 0) === 0 &&
    (clinic?.current.encounters ?? 0) === 0 &&
    (programs ? programs.current.workshops.held + programs.current.volunteers.shifts + programs.current.outreach.shifts : 0) === 0 &&
    (costs?.current.totalCents ?? 0) === 0;

  return {
    period,
    previous,
    recordsStart: starts,
    empty,
    frontDesk: operational ? frontDesk : null,
    supplies,
    referrals,
    clinic,
    programs,
    costs: costs
      ? {
          ...costs,
          perVisitCents: { current: perVisit(costs.current, frontDesk?.current), previous: perVisit(costs.previous, frontDesk?.previous) },
          perParticipantCents: { current: perParticipant(costs.current, frontDesk?.current), previous: perParticipant(costs.previous, frontDesk?.previous) },
        }
      : null,
  };
}

export async function supplyFigures(session: SessionUser, period: Period, timeZone: string): Promise<SupplyFigures> {
  const figures = await stockFigures(session, periodInstants(period, timeZone), timeZone);
  const categories = byCategory(figures.distributed);
  const received = (kind: "PURCHASED" | "DONATED") => (figures.money ? (figures.received.find((row) => row.kind === kind)?.valueCents ?? 0) : null);
  return {
    byCategory: categories,
    units: categories.reduce((sum, row) => sum + row.units, 0),
    valueCents: figures.money ? categories.reduce((sum, row) => sum + (row.valueCents ?? 0), 0) : null,
    receivedDonatedCents: received("DONATED"),
    receivedPurchasedCents: received("PURCHASED"),
  };
}

/** The costs section alone (the expenses page), for the coordinator. */
export async function costFiguresFor(session: SessionUser, period: Period): Promise<CostFigures> {
  requirePermission(session, "reports:costs");
  return costFigures(prisma, period);
}

export async function clinicSummary(session: SessionUser, period: Period): Promise<ClinicSummary> {
  const figures = await clinicFigures(prisma, session, { from: period.from, to: period.to });
  const tests = new Map<ClinicTestKind, number>();
  for (const row of figures.tests) tests.set(row.kind, (tests.get(row.kind) ?? 0) + row.count);
  const vaccines = new Map<string, { key: string; nameFr: string; nameEn: string; count: number }>();
  for (const row of figures.vaccinations) {
    const entry = vaccines.get(row.vaccineKey) ?? { key: row.vaccineKey, nameFr: row.nameFr, nameEn: row.nameEn, count: 0 };
    entry.count += row.count;
    vaccines.set(row.vaccineKey, entry);
  }
  return {
    ...figures.totals,
    testsByKind: [...tests.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind)),
    vaccinationsByVaccine: [...vaccines.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** The programs' figures take both days included: the period's last day is the day before `to`. */
export async function programSummary(session: SessionUser, period: Period): Promise<ProgramSummary> {
  const range = { from: period.from, to: addDays(period.to, -1) };
  const [workshops, volunteers, outreach] = await Promise.all([
    workshopFigures(session, range),
    volunteerFigures(session, range),
    outreachFigures(session, range),
  ]);
  return { workshops, volunteers, outreach };
}
