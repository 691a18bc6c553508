import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { dateOnly, isoDate, isoWeekday } from "@/lib/nights/local-date";
import type { Period } from "@/lib/reports/periods";
import { monthsOf } from "@/lib/reports/periods";

export type FrontDeskFigures = {
  nights: number;
  visits: number;
  anonymousVisits: number;
  uniqueParticipants: number;
  newParticipants: number;
  /** Visits per night open, one decimal. */
  averagePerNight: number;
  busiestNights: { date: string; visits: number }[];
  byMonth: { month: string; visits: number }[];
  /** ISO weekday 1 (Monday) to 7. */
  byWeekday: { weekday: number; visits: number }[];
  services: { kind: string; count: number }[];
};

/**
 * The drop-in's year, aggregated in the database: one pass over the period's visits for the
 * totals, one row per night for months, weekdays and the busiest nights, one per service kind.
 */
export async function frontDeskFigures(db: PrismaClient | Tx, period: Period): Promise<FrontDeskFigures> {
  const from = dateOnly(period.from);
  const to = dateOnly(period.to);
  const [totals, nights, services] = await Promise.all([
    db.$queryRaw<{ visits: bigint; anonymous: bigint; unique: bigint; new: bigint }[]>`
      SELECT count(*) AS "visits",
             count(*) FILTER (WHERE v."participantId" IS NULL) AS "anonymous",
             count(DISTINCT v."participantId") AS "unique",
             count(*) FILTER (WHERE v."firstVisit") AS "new"
      FROM "Visit" v JOIN "Night" n ON n."id" = v."nightId"
      WHERE n."date" >= ${from} AND n."date" < ${to}`,
    db.$queryRaw<{ date: Date; visits: bigint }[]>`
      SELECT n."date", (SELECT count(*) FROM "Visit" v WHERE v."nightId" = n."id") AS "visits"
      FROM "Night" n
      WHERE n."date" >= ${from} AND n."date" < ${to}`,
    db.$queryRaw<{ kind: string; count: bigint }[]>`
      SELECT s."kind"::text AS "kind", count(*) AS "count"
      FROM "VisitService" s JOIN "Visit" v ON v."id" = s."visitId" JOIN "Night" n ON n."id" = v."nightId"
      WHERE n."date" >= ${from} AND n."date" < ${to}
      GROUP BY s."kind"`,
  ]);
  const total = totals[0]!;
  const perNight = nights.map((night) => ({ date: isoDate(night.date), visits: Number(night.visits) }));

  const byMonth = new Map(monthsOf(period).map((month) => [month, 0]));
  const byWeekday = new Map([1, 2, 3, 4, 5, 6, 7].map((weekday) => [weekday, 0]));
  for (const night of perNight) {
    const month = night.date.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + night.visits);
    const weekday = isoWeekday(night.date);
    byWeekday.set(weekday, byWeekday.get(weekday)! + night.visits);
  }
  const visits = Number(total.visits);
  return {
    nights: perNight.length,
    visits,
    anonymousVisits: Number(total.anonymous),
    uniqueParticipants: Number(total.unique),
    newParticipants: Number(total.new),
    averagePerNight: perNight.length === 0 ? 0 : Math.round((visits / perNight.length) * 10) / 10,
    busiestNights: [...perNight].sort((a, b) => b.visits - a.visits || a.date.localeCompare(b.date)).slice(0, 3),
    byMonth: [...byMonth.entries()].map(([month, count]) => ({ month, visits: count })),
    byWeekday: [...byWeekday.entries()].map(([weekday, count]) => ({ weekday, visits: count })),
    services: services.map((row) => ({ kind: row.kind, count: Number(row.count) })).sort((a, b) => a.kind.localeCompare(b.kind)),
  };
}
