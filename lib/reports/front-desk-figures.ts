import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { dateOnly, isoDate, isoWeekday, ISO_WEEKDAYS, type IsoWeekday } from "@/lib/nights/local-date";
import type { Period } from "@/lib/reports/periods";
import { monthsOf } from "@/lib/reports/periods";
import type { ServiceKind } from "@/lib/generated/prisma/enums";

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
  byWeekday: { weekday: IsoWeekday; visits: number }[];
  services: { kind: ServiceKind; count: number }[];
  /**
   * Nights of the period that come from the centre's spreadsheets (PastNightTally, lib/import):
   * they add their visits, anonymous visits, new people and meals to the figures above and count
   * as nights, but no person is behind them, so `uniqueParticipants` counts Halte's visits only.
   */
  importedNights: number;
};

/**
 * The drop-in's year, aggregated in the database: one row per night (its tally) for the totals,
 * months, weekdays and busiest nights, one per service kind, and the distinct people. Nights from
 * before Halte (imported tallies) are nights like the others for every count but people seen.
 */
export async function frontDeskFigures(db: PrismaClient | Tx, period: Period): Promise<FrontDeskFigures> {
  const from = dateOnly(period.from);
  const to = dateOnly(period.to);
  const [unique, nights, services, past] = await Promise.all([
    // People: the one figure that needs the visits themselves, read night by night through the
    // (night, participant) index rather than by scanning every visit of the network.
    // (A DISTINCT subquery hashes; count(DISTINCT ...) would sort two million ids at network scale.)
    db.$queryRaw<{ unique: bigint }[]>`
      SELECT count(*) AS "unique" FROM (
        SELECT DISTINCT v."participantId"
        FROM "Night" n CROSS JOIN LATERAL (
          SELECT "participantId" FROM "Visit" WHERE "nightId" = n."id" AND "participantId" IS NOT NULL OFFSET 0
        ) v
        WHERE n."date" >= ${from} AND n."date" < ${to}
      ) people`,
    // Everything else from the per-night tallies the database keeps (migration night_tallies).
    db.$queryRaw<{ date: Date; visits: number; anonymous: number; firstVisits: number }[]>`
      SELECT n."date", COALESCE(t."visits", 0) AS "visits", COALESCE(t."anonymous", 0) AS "anonymous", COALESCE(t."firstVisits", 0) AS "firstVisits"
      FROM "Night" n LEFT JOIN "NightTally" t ON t."nightId" = n."id"
      WHERE n."date" >= ${from} AND n."date" < ${to}`,
    db.$queryRaw<{ kind: ServiceKind; count: bigint }[]>`
      SELECT s."kind"::text AS "kind", sum(s."count") AS "count"
      FROM "NightServiceTally" s JOIN "Night" n ON n."id" = s."nightId"
      WHERE n."date" >= ${from} AND n."date" < ${to}
      GROUP BY s."kind" HAVING sum(s."count") > 0`,
    // The centre's past. A date is Halte's or the spreadsheet's at a site, never both (the import refuses it).
    db.$queryRaw<{ date: Date; visits: number; anonymous: number; firstVisits: number; meals: number }[]>`
      SELECT "date", "visits", "anonymousVisits" AS "anonymous", "newPeople" AS "firstVisits", "meals"
      FROM "PastNightTally" WHERE "date" >= ${from} AND "date" < ${to}`,
  ]);
  const allNights = [...nights, ...past];
  const perNight = allNights.map((night) => ({ date: isoDate(night.date), visits: night.visits }));
  const meals = past.reduce((sum, night) => sum + night.meals, 0);
  const serviceCounts = new Map(services.map((row) => [row.kind, Number(row.count)]));
  if (meals > 0) serviceCounts.set("MEAL", (serviceCounts.get("MEAL") ?? 0) + meals);

  const byMonth = new Map(monthsOf(period).map((month) => [month, 0]));
  const byWeekday = new Map(ISO_WEEKDAYS.map((weekday) => [weekday, 0]));
  for (const night of perNight) {
    const month = night.date.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + night.visits);
    const weekday = isoWeekday(night.date);
    byWeekday.set(weekday, byWeekday.get(weekday)! + night.visits);
  }
  const visits = perNight.reduce((sum, night) => sum + night.visits, 0);
  return {
    nights: perNight.length,
    visits,
    anonymousVisits: allNights.reduce((sum, night) => sum + night.anonymous, 0),
    uniqueParticipants: Number(unique[0]!.unique),
    newParticipants: allNights.reduce((sum, night) => sum + night.firstVisits, 0),
    averagePerNight: perNight.length === 0 ? 0 : Math.round((visits / perNight.length) * 10) / 10,
    busiestNights: [...perNight].sort((a, b) => b.visits - a.visits || a.date.localeCompare(b.date)).slice(0, 3),
    byMonth: [...byMonth.entries()].map(([month, count]) => ({ month, visits: count })),
    byWeekday: [...byWeekday.entries()].map(([weekday, count]) => ({ weekday, visits: count })),
    services: [...serviceCounts.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind)),
    importedNights: past.length,
  };
}
