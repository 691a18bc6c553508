import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { allowedGapDays, daysBetween, isOverdue, lastWeeks, weekStart } from "@/lib/programs/coverage-rule";
import type { VenueType } from "@/lib/generated/prisma/enums";

export const GRID_WEEKS = 12;

export type CoverageRow = {
  id: string;
  name: string;
  type: VenueType;
  area: string;
  weeklyTarget: number;
  serviceAgreement: boolean;
  lastVisit: string | null;
  /** Days since the last visit; null when never visited. */
  daysSince: number | null;
  visitsThisWeek: number;
  targetMet: boolean;
  overdue: boolean;
  /** Visits in each of the last 12 weeks, oldest first (the last is this week). */
  weeks: number[];
};

/**
 * The weekly coverage board: every active venue with its last visit, this week's visits against
 * its target, overdue ones first (never visited, then the longest without a visit), and the visits
 * of each of the last 12 weeks. `today` is the centre's local date (lib/nights/today.ts).
 */
export async function coverageBoard(session: SessionUser, today: string): Promise<{ weeks: string[]; venues: CoverageRow[] }> {
  requirePermission(session, "programs:read");
  const weeks = lastWeeks(today, GRID_WEEKS);
  const thisWeek = weekStart(today);
  const [venues, grid] = await Promise.all([
    prisma.$queryRaw<{ id: string; name: string; type: VenueType; area: string; weeklyTarget: number; serviceAgreement: boolean; lastVisit: Date | null; visitsThisWeek: bigint }[]>`
      SELECT v."id", v."name", v."type"::text AS "type", v."area", v."weeklyTarget", v."serviceAgreement",
             max(c."date") AS "lastVisit",
             count(c."id") FILTER (WHERE c."date" >= ${dateOnly(thisWeek)}) AS "visitsThisWeek"
      FROM "Venue" v LEFT JOIN "OutreachContact" c ON c."venueId" = v."id" AND c."date" <= ${dateOnly(today)}
      WHERE v."active"
      GROUP BY v."id"`,
    prisma.$queryRaw<{ venueId: string; week: Date; visits: bigint }[]>`
      SELECT c."venueId", c."date" - (extract(isodow FROM c."date")::int - 1) AS "week", count(*) AS "visits"
      FROM "OutreachContact" c
      WHERE c."date" >= ${dateOnly(weeks[0] ?? thisWeek)} AND c."date" <= ${dateOnly(today)}
      GROUP BY 1, 2`,
  ]);
  const visitsOf = new Map<string, number>();
  for (const cell of grid) visitsOf.set(`${cell.venueId}:${isoDate(cell.week)}`, Number(cell.visits));
  const rows = venues.map((venue): CoverageRow => {
    const lastVisit = venue.lastVisit ? isoDate(venue.lastVisit) : null;
    const visitsThisWeek = Number(venue.visitsThisWeek);
    return {
      id: venue.id,
      name: venue.name,
      type: venue.type,
      area: venue.area,
      weeklyTarget: venue.weeklyTarget,
      serviceAgreement: venue.serviceAgreement,
      lastVisit,
      daysSince: lastVisit ? daysBetween(lastVisit, today) : null,
      visitsThisWeek,
      targetMet: visitsThisWeek >= venue.weeklyTarget,
      overdue: isOverdue(lastVisit, venue.weeklyTarget, today),
      weeks: weeks.map((week) => visitsOf.get(`${venue.id}:${week}`) ?? 0),
    };
  });
  // Most overdue first: never visited, then by how far past its allowed gap; then the rest by name.
  const lateness = (row: CoverageRow) => (row.daysSince === null ? Number.POSITIVE_INFINITY : row.daysSince - allowedGapDays(row.weeklyTarget));
  rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.overdue ? lateness(b) - lateness(a) : 0) || a.name.localeCompare(b.name, "fr"));
  return { weeks, venues: rows };
}
