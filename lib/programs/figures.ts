import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { can, requirePermission } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dateOnly } from "@/lib/nights/local-date";
import { weekStart } from "@/lib/programs/coverage-rule";
import type { TrainingKind, VolunteerActivity, VolunteerTier, WorkshopTopic } from "@/lib/generated/prisma/enums";

// What the reports count of the community programs, aggregated in the database. A range is two
// local dates of the centre, both included ({ from: "2026-01-01", to: "2026-12-31" }). The annual
// report reuses these functions.
export type Range = { from: string; to: string };

const n = (value: bigint | number | null | undefined) => Number(value ?? 0);

export type WorkshopFigures = {
  held: number;
  registered: number;
  anonymous: number;
  byTopic: { topic: WorkshopTopic; held: number; registered: number; anonymous: number; averageScore: number | null }[];
};

export async function workshopFigures(session: SessionUser, range: Range): Promise<WorkshopFigures> {
  requirePermission(session, "programs:read");
  const rows = await prisma.$queryRaw<{ topic: WorkshopTopic; held: bigint; registered: bigint; anonymous: bigint; averageScore: number | null }[]>`
    SELECT w."topic"::text AS "topic", count(*) AS "held",
           COALESCE(sum(a."registered"), 0) AS "registered", COALESCE(sum(w."anonymousCount"), 0) AS "anonymous",
           round(avg(w."feedbackScore"), 1)::float8 AS "averageScore"
    FROM "Workshop" w
    LEFT JOIN (SELECT "workshopId", count(*) AS "registered" FROM "WorkshopAttendance" GROUP BY "workshopId") a ON a."workshopId" = w."id"
    WHERE w."date" >= ${dateOnly(range.from)} AND w."date" <= ${dateOnly(range.to)}
    GROUP BY w."topic" ORDER BY w."topic"`;
  const byTopic = rows.map((row) => ({ topic: row.topic, held: n(row.held), registered: n(row.registered), anonymous: n(row.anonymous), averageScore: row.averageScore }));
  return {
    held: byTopic.reduce((sum, row) => sum + row.held, 0),
    registered: byTopic.reduce((sum, row) => sum + row.registered, 0),
    anonymous: byTopic.reduce((sum, row) => sum + row.anonymous, 0),
    byTopic,
  };
}

export type VolunteerFigures = {
  /** Per tier as of the range's last day: volunteers enrolled, and those with a shift in the range. */
  byTier: { tier: VolunteerTier; enrolled: number; withShift: number }[];
  shifts: number;
  minutes: number;
  /** Null for a role without `money:read` (privacy rule 9): the sum is never computed for it. */
  honorariumCents: number | null;
  byActivity: { activity: VolunteerActivity; shifts: number; minutes: number; honorariumCents: number | null }[];
  trainings: { kind: TrainingKind; taken: number }[];
};

export async function volunteerFigures(session: SessionUser, range: Range): Promise<VolunteerFigures> {
  requirePermission(session, "programs:read");
  const from = dateOnly(range.from);
  const to = dateOnly(range.to);
  const money = can(session.role, "money:read");
  const honoraria = money ? Prisma.sql`sum(s."honorariumCents")` : Prisma.sql`NULL::bigint`;
  const [tiers, activities, trainings] = await Promise.all([
    prisma.$queryRaw<{ tier: VolunteerTier; enrolled: bigint; withShift: bigint }[]>`
      WITH current AS (
        SELECT DISTINCT ON (t."volunteerId") t."volunteerId", t."tier"
        FROM "VolunteerTierChange" t WHERE t."changedOn" <= ${to}
        ORDER BY t."volunteerId", t."changedOn" DESC, t."createdAt" DESC
      )
      SELECT c."tier"::text AS "tier", count(*) AS "enrolled",
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "VolunteerShift" s WHERE s."volunteerId" = c."volunteerId" AND s."date" >= ${from} AND s."date" <= ${to}
             )) AS "withShift"
      FROM current c GROUP BY c."tier" ORDER BY c."tier"`,
    prisma.$queryRaw<{ activity: VolunteerActivity; shifts: bigint; minutes: bigint; honorariumCents: bigint | null }[]>`
      SELECT s."activity"::text AS "activity", count(*) AS "shifts", sum(s."minutes") AS "minutes", ${honoraria} AS "honorariumCents"
      FROM "VolunteerShift" s WHERE s."date" >= ${from} AND s."date" <= ${to}
      GROUP BY s."activity" ORDER BY s."activity"`,
    prisma.$queryRaw<{ kind: TrainingKind; taken: bigint }[]>`
      SELECT t."kind"::text AS "kind", count(*) AS "taken"
      FROM "VolunteerTraining" t WHERE t."takenOn" >= ${from} AND t."takenOn" <= ${to}
      GROUP BY t."kind" ORDER BY t."kind"`,
  ]);
  const byActivity = activities.map((row) => ({ activity: row.activity, shifts: n(row.shifts), minutes: n(row.minutes), honorariumCents: money ? n(row.honorariumCents) : null }));
  return {
    byTier: tiers.map((row) => ({ tier: row.tier, enrolled: n(row.enrolled), withShift: n(row.withShift) })),
    shifts: byActivity.reduce((sum, row) => sum + row.shifts, 0),
    minutes: byActivity.reduce((sum, row) => sum + row.minutes, 0),
    honorariumCents: money ? byActivity.reduce((sum, row) => sum + (row.honorariumCents ?? 0), 0) : null,
    byActivity,
    trainings: trainings.map((row) => ({ kind: row.kind, taken: n(row.taken) })),
  };
}

export type OutreachFigures = {
  shifts: number;
  venuesVisited: number;
  visits: number;
  peopleMet: number;
  newContacts: number;
  cardsGiven: number;
  referrals: number;
  suppliesGiven: number;
  /**
   * Share of (active venue, week) pairs whose weekly target was met, over the whole weeks
   * (Monday to Sunday) inside the range; null when the range holds no whole week.
   */
  coverage: { weeks: number; met: number; total: number; rate: number | null };
};

export async function outreachFigures(session: SessionUser, range: Range): Promise<OutreachFigures> {
  requirePermission(session, "programs:read");
  const from = dateOnly(range.from);
  const to = dateOnly(range.to);
  const firstMonday = weekStart(range.from) === range.from ? range.from : addDays(weekStart(range.from), 7);
  const lastMonday = addDays(weekStart(addDays(range.to, 1)), -7);
  const [totals, supplies, coverage] = await Promise.all([
    prisma.$queryRaw<{ shifts: bigint; venuesVisited: bigint; visits: bigint; peopleMet: bigint; newContacts: bigint; cardsGiven: bigint; referrals: bigint }[]>`
      SELECT (SELECT count(*) FROM "OutreachShift" s WHERE s."date" >= ${from} AND s."date" <= ${to}) AS "shifts",
             count(DISTINCT c."venueId") AS "venuesVisited", count(c."id") AS "visits",
             COALESCE(sum(c."peopleMet"), 0) AS "peopleMet", COALESCE(sum(c."newContacts"), 0) AS "newContacts",
             COALESCE(sum(c."cardsGiven"), 0) AS "cardsGiven", COALESCE(sum(c."referrals"), 0) AS "referrals"
      FROM "OutreachContact" c WHERE c."date" >= ${from} AND c."date" <= ${to}`,
    prisma.$queryRaw<{ units: bigint }[]>`
      SELECT COALESCE(sum(s."quantity"), 0) AS "units"
      FROM "OutreachSupply" s JOIN "OutreachContact" c ON c."id" = s."contactId"
      WHERE c."date" >= ${from} AND c."date" <= ${to}`,
    lastMonday < firstMonday
      ? Promise.resolve([{ weeks: 0n, met: 0n, total: 0n }])
      : prisma.$queryRaw<{ weeks: bigint; met: bigint; total: bigint }[]>`
          WITH weeks AS (
            SELECT generate_series(${dateOnly(firstMonday)}::date, ${dateOnly(lastMonday)}::date, interval '7 days')::date AS "week"
          ), cells AS (
            SELECT w."week", v."weeklyTarget",
                   (SELECT count(*) FROM "OutreachContact" c WHERE c."venueId" = v."id" AND c."date" >= w."week" AND c."date" < w."week" + 7) AS "visits"
            FROM "Venue" v CROSS JOIN weeks w
            WHERE v."active" AND v."createdAt"::date <= w."week" + 6
          )
          SELECT (SELECT count(*) FROM weeks) AS "weeks", count(*) FILTER (WHERE "visits" >= "weeklyTarget") AS "met", count(*) AS "total" FROM cells`,
  ]);
  const row = totals[0];
  const cover = coverage[0];
  const total = n(cover?.total);
  return {
    shifts: n(row?.shifts),
    venuesVisited: n(row?.venuesVisited),
    visits: n(row?.visits),
    peopleMet: n(row?.peopleMet),
    newContacts: n(row?.newContacts),
    cardsGiven: n(row?.cardsGiven),
    referrals: n(row?.referrals),
    suppliesGiven: n(supplies[0]?.units),
    coverage: { weeks: n(cover?.weeks), met: n(cover?.met), total, rate: total > 0 ? n(cover?.met) / total : null },
  };
}
