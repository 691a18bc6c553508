import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { isoDate } from "@/lib/nights/local-date";

export type ImportedHistory = {
  participants: number;
  /** The imported nights year by year (calendar years), for the coordinator to check against the spreadsheet. */
  years: { year: number; nights: number; visits: number; anonymousVisits: number; newPeople: number; meals: number; from: string; to: string }[];
};

/** What the centre's past imports hold so far: counts only. */
export async function importedHistory(session: SessionUser): Promise<ImportedHistory> {
  requirePermission(session, "import:run");
  const [participants, years] = await Promise.all([
    prisma.participant.count({ where: { importedAt: { not: null } } }),
    prisma.$queryRaw<{ year: number; nights: number; visits: bigint; anonymousVisits: bigint; newPeople: bigint; meals: bigint; from: Date; to: Date }[]>`
      SELECT extract(year FROM "date")::int AS "year", count(*)::int AS "nights", sum("visits") AS "visits", sum("anonymousVisits") AS "anonymousVisits",
        sum("newPeople") AS "newPeople", sum("meals") AS "meals", min("date") AS "from", max("date") AS "to"
      FROM "PastNightTally" GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    participants,
    years: years.map((row) => ({
      year: row.year,
      nights: row.nights,
      visits: Number(row.visits),
      anonymousVisits: Number(row.anonymousVisits),
      newPeople: Number(row.newPeople),
      meals: Number(row.meals),
      from: isoDate(row.from),
      to: isoDate(row.to),
    })),
  };
}
