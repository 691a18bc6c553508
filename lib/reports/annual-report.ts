import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { AccessDeniedError } from "@/lib/errors";
import { centreTimeZone, centreToday } from "@/lib/nights/today";
import { byCategory, stockFigures } from "@/lib/stock/figures";
import { fiscalYearStartMonth } from "@/lib/costs/queries";
import { frontDeskFigures, type FrontDeskFigures } from "@/lib/reports/front-desk-figures";
import { referralFigures, type ReferralFigures } from "@/lib/reports/referral-figures";
import { costFigures, type CostFigures } from "@/lib/reports/cost-figures";
import { periodInstants, periodOf, previousPeriod, type Period, type PeriodKind } from "@/lib/reports/periods";

export type Compared<T> = { current: T; previous: T };

export type SupplyFigures = {
  byCategory: { category: string; units: number; valueCents: number }[];
  units: number;
  valueCents: number;
  receivedDonatedCents: number;
  receivedPurchasedCents: number;
};

export type AnnualReport = {
  period: Period;
  previous: Period;
  /** Nothing was recorded in the period: the page says so instead of a page of zeros. */
  empty: boolean;
  frontDesk: Compared<FrontDeskFigures> | null;
  supplies: Compared<SupplyFigures> | null;
  referrals: Compared<ReferralFigures> | null;
  costs: (Compared<CostFigures> & { perVisitCents: Compared<number | null>; perParticipantCents: Compared<number | null> }) | null;
};

/** Who may open the report at all: each role sees the sections its permissions allow. */
export function mayReadReports(session: SessionUser): boolean {
  return can(session.role, "reports:operational") || can(session.role, "reports:costs") || can(session.role, "clinic:counts");
}

export async function reportPeriod(kind: PeriodKind, year?: number): Promise<Period> {
  return periodOf(kind, { today: centreToday(), fiscalStartMonth: await fiscalYearStartMonth(), year });
}

/**
 * The annual report for a period beside the same period a year earlier. Every figure is an
 * aggregate computed by the database; a section a role may not see is not computed at all.
 */
export async function annualReport(session: SessionUser, period: Period): Promise<AnnualReport> {
  if (!mayReadReports(session)) throw new AccessDeniedError("reports:operational");
  const previous = previousPeriod(period);
  const operational = can(session.role, "reports:operational");
  const money = can(session.role, "reports:costs");
  const timeZone = centreTimeZone();
  const both = async <T>(figures: (period: Period) => Promise<T>): Promise<Compared<T>> => {
    const [current, before] = await Promise.all([figures(period), figures(previous)]);
    return { current, previous: before };
  };

  const [frontDesk, supplies, referrals, costs] = await Promise.all([
    operational || money ? both((p) => frontDeskFigures(prisma, p)) : null,
    operational ? both((p) => supplyFigures(session, p, timeZone)) : null,
    operational ? both((p) => referralFigures(prisma, p)) : null,
    money ? both((p) => costFigures(prisma, p)) : null,
  ]);

  const perVisit = (cost: CostFigures, desk: FrontDeskFigures | undefined) => (desk && desk.visits > 0 ? Math.round(cost.totalCents / desk.visits) : null);
  const perParticipant = (cost: CostFigures, desk: FrontDeskFigures | undefined) =>
    desk && desk.uniqueParticipants > 0 ? Math.round(cost.totalCents / desk.uniqueParticipants) : null;

  const empty =
    (frontDesk?.current.nights ?? 0) === 0 &&
    (supplies?.current.units ?? 0) === 0 &&
    (referrals?.current.total ?? 0) === 0 &&
    (costs?.current.totalCents ?? 0) === 0;

  return {
    period,
    previous,
    empty,
    frontDesk: operational ? frontDesk : null,
    supplies,
    referrals,
    costs: costs
      ? {
          ...costs,
          perVisitCents: { current: perVisit(costs.current, frontDesk?.current), previous: perVisit(costs.previous, frontDesk?.previous) },
          perParticipantCents: { current: perParticipant(costs.current, frontDesk?.current), previous: perParticipant(costs.previous, frontDesk?.previous) },
        }
      : null,
  };
}

async function supplyFigures(session: SessionUser, period: Period, timeZone: string): Promise<SupplyFigures> {
  const figures = await stockFigures(session, periodInstants(period, timeZone), timeZone);
  const categories = byCategory(figures.distributed);
  const received = (kind: "PURCHASED" | "DONATED") => figures.received.find((row) => row.kind === kind)?.valueCents ?? 0;
  return {
    byCategory: categories,
    units: categories.reduce((sum, row) => sum + row.units, 0),
    valueCents: categories.reduce((sum, row) => sum + row.valueCents, 0),
    receivedDonatedCents: received("DONATED"),
    receivedPurchasedCents: received("PURCHASED"),
  };
}

/** The costs section alone (the expenses page), for the coordinator. */
export async function costFiguresFor(session: SessionUser, period: Period): Promise<CostFigures> {
  if (!can(session.role, "reports:costs")) throw new AccessDeniedError("reports:costs");
  return costFigures(prisma, period);
}
