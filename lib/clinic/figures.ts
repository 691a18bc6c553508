import "server-only";
import { prisma, type PrismaClient, type Tx } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly } from "@/lib/nights/local-date";
import type { ClinicCareKind, ClinicSessionType, ClinicTestKind } from "@/lib/generated/prisma/enums";

/** From (inclusive) to (exclusive), "YYYY-MM-DD" local dates: a clinic counts on the date it was held. */
export type FigureRange = { from: string; to: string };

export type ClinicFigures = {
  totals: { sessions: number; encounters: number; anonymous: number; participants: number; tests: number; vaccinations: number; referrals: number };
  sessions: { month: string; type: ClinicSessionType; count: number }[];
  encounters: { month: string; total: number; anonymous: number; participants: number }[];
  tests: { month: string; kind: ClinicTestKind; count: number; resultsGiven: number }[];
  /** vaccineKey "" is a vaccine outside the list ("other"), counted without its name. */
  vaccinations: { month: string; vaccineKey: string; nameFr: string; nameEn: string; dose: number; count: number }[];
  care: { month: string; kind: ClinicCareKind; count: number }[];
  referrals: { month: string; count: number }[];
};

const n = (value: bigint | number | null) => Number(value ?? 0);

/**
 * What the reports count of the clinic, aggregated in the database: no row of a health record
 * leaves it, only counts per month (COORDINATOR and HEALTH, `clinic:counts`). Anonymous
 * encounters are counted with the others and on their own. The annual report reuses this.
 */
export async function clinicFigures(db: PrismaClient | Tx, session: SessionUser, range: FigureRange): Promise<ClinicFigures> {
  requirePermission(session, "clinic:counts");
  const from = dateOnly(range.from);
  const to = dateOnly(range.to);

  const [totals] = await db.$queryRaw<{ sessions: bigint; encounters: bigint; anonymous: bigint; participants: bigint; tests: bigint; vaccinations: bigint; referrals: bigint }[]>`
    SELECT
      (SELECT count(*) FROM "ClinicSession" s WHERE s."date" >= ${from} AND s."date" < ${to}) AS "sessions",
      count(e."id") AS "encounters",
      count(e."id") FILTER (WHERE e."participantId" IS NULL) AS "anonymous",
      count(DISTINCT e."participantId") AS "participants",
      (SELECT count(*) FROM "ClinicTest" t JOIN "ClinicEncounter" te ON te."id" = t."encounterId" JOIN "ClinicSession" ts ON ts."id" = te."sessionId"
        WHERE ts."date" >= ${from} AND ts."date" < ${to}) AS "tests",
      (SELECT count(*) FROM "ClinicVaccination" v JOIN "ClinicEncounter" ve ON ve."id" = v."encounterId" JOIN "ClinicSession" vs ON vs."id" = ve."sessionId"
        WHERE vs."date" >= ${from} AND vs."date" < ${to}) + count(e."otherVaccine") AS "vaccinations",
      (SELECT count(*) FROM "Referral" r JOIN "ClinicEncounter" re ON re."id" = r."clinicEncounterId" JOIN "ClinicSession" rs ON rs."id" = re."sessionId"
        WHERE rs."date" >= ${from} AND rs."date" < ${to}) AS "referrals"
    FROM "ClinicEncounter" e JOIN "ClinicSession" s ON s."id" = e."sessionId"
    WHERE s."date" >= ${from} AND s."date" < ${to}`;

  const sessions = await db.$queryRaw<{ month: string; type: ClinicSessionType; count: bigint }[]>`
    SELECT to_char(s."date", 'YYYY-MM') AS "month", s."type"::text AS "type", count(*) AS "count"
    FROM "ClinicSession" s WHERE s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1, 2 ORDER BY 1, 2`;

  const encounters = await db.$queryRaw<{ month: string; total: bigint; anonymous: bigint; participants: bigint }[]>`
    SELECT to_char(s."date", 'YYYY-MM') AS "month", count(*) AS "total",
           count(*) FILTER (WHERE e."participantId" IS NULL) AS "anonymous", count(DISTINCT e."participantId") AS "participants"
    FROM "ClinicEncounter" e JOIN "ClinicSession" s ON s."id" = e."sessionId"
    WHERE s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1 ORDER BY 1`;

  const tests = await db.$queryRaw<{ month: string; kind: ClinicTestKind; count: bigint; resultsGiven: bigint }[]>`
    SELECT to_char(s."date", 'YYYY-MM') AS "month", t."kind"::text AS "kind", count(*) AS "count", count(*) FILTER (WHERE t."resultGiven") AS "resultsGiven"
    FROM "ClinicTest" t JOIN "ClinicEncounter" e ON e."id" = t."encounterId" JOIN "ClinicSession" s ON s."id" = e."sessionId"
    WHERE s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1, 2 ORDER BY 1, 2`;

  const vaccinations = await db.$queryRaw<{ month: string; vaccineKey: string; nameFr: string; nameEn: string; dose: number; count: bigint }[]>`
    SELECT to_char(s."date", 'YYYY-MM') AS "month", c."key" AS "vaccineKey", c."nameFr", c."nameEn", v."dose", count(*) AS "count"
    FROM "ClinicVaccination" v JOIN "ClinicVaccine" c ON c."id" = v."vaccineId"
      JOIN "ClinicEncounter" e ON e."id" = v."encounterId" JOIN "ClinicSession" s ON s."id" = e."sessionId"
    WHERE s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1, c."id", v."dose"
    UNION ALL
    -- A vaccine outside the list counts as "other": its name never leaves the health record.
    SELECT to_char(s."date", 'YYYY-MM'), '', '', '', 1, count(*)
    FROM "ClinicEncounter" e JOIN "ClinicSession" s ON s."id" = e."sessionId"
    WHERE e."otherVaccine" IS NOT NULL AND s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1
    ORDER BY 1, 2, 5`;

  const care = await db.$queryRaw<{ month: string; kind: ClinicCareKind; count: bigint }[]>`
    SELECT to_char(s."date", 'YYYY-MM') AS "month", k."kind"::text AS "kind", count(*) AS "count"
    FROM "ClinicEncounter" e JOIN "ClinicSession" s ON s."id" = e."sessionId", unnest(e."care") AS k("kind")
    WHERE s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1, 2 ORDER BY 1, 2`;

  const referrals = await db.$queryRaw<{ month: string; count: bigint }[]>`
    SELECT to_char(s."date", 'YYYY-MM') AS "month", count(*) AS "count"
    FROM "Referral" r JOIN "ClinicEncounter" e ON e."id" = r."clinicEncounterId" JOIN "ClinicSession" s ON s."id" = e."sessionId"
    WHERE s."date" >= ${from} AND s."date" < ${to}
    GROUP BY 1 ORDER BY 1`;

  return {
    totals: {
      sessions: n(totals?.sessions ?? 0),
      encounters: n(totals?.encounters ?? 0),
      anonymous: n(totals?.anonymous ?? 0),
      participants: n(totals?.participants ?? 0),
      tests: n(totals?.tests ?? 0),
      vaccinations: n(totals?.vaccinations ?? 0),
      referrals: n(totals?.referrals ?? 0),
    },
    sessions: sessions.map((row) => ({ ...row, count: n(row.count) })),
    encounters: encounters.map((row) => ({ month: row.month, total: n(row.total), anonymous: n(row.anonymous), participants: n(row.participants) })),
    tests: tests.map((row) => ({ month: row.month, kind: row.kind, count: n(row.count), resultsGiven: n(row.resultsGiven) })),
    vaccinations: vaccinations.map((row) => ({ ...row, dose: n(row.dose), count: n(row.count) })),
    care: care.map((row) => ({ ...row, count: n(row.count) })),
    referrals: referrals.map((row) => ({ month: row.month, count: n(row.count) })),
  };
}

/** The figures page's entry: the app's own database. */
export function clinicFiguresOf(session: SessionUser, range: FigureRange): Promise<ClinicFigures> {
  return clinicFigures(prisma, session, range);
}

/** Sums the monthly rows of one figure over the whole range, by a key. */
export function totalBy<T extends { count: number }, K extends string>(rows: T[], key: (row: T) => K): { key: K; count: number }[] {
  const totals = new Map<K, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + row.count);
  return [...totals.entries()].map(([name, count]) => ({ key: name, count }));
}
