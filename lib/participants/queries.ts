import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { isValidCode, normalizeCodeInput } from "@/lib/participants/code";
import { codeTerm, likePrefix, normalizeText, searchPrefixes } from "@/lib/participants/search-terms";
import { addDays, dateOnly, isoDate } from "@/lib/nights/local-date";
import { centreToday } from "@/lib/nights/today";
import { retentionCandidates, type RetentionCandidate } from "@/lib/participants/retention";

export type SearchHit = {
  id: string;
  code: string;
  alias: string;
  lastVisitDate: string | null;
  restricted: boolean;
  /** Only for roles that may read restriction reasons; never sent to PEER or HEALTH. */
  restrictionReason: string | null;
  checkedInTonight: boolean;
};

/** "Often" is counted over this many weeks: a season's regulars, not last year's. */
const REGULAR_WEEKS = 8;
/** The most recent visitors a prefix finds, re-ranked by how often they came. */
const CANDIDATES = 40;

type HitRow = { id: string; code: string; alias: string; lastVisitDate: Date | null; restricted: boolean; reason: string | null; checkedIn: boolean };

/**
 * Check-in search: every typed word must prefix a word of the alias, or the text must prefix
 * the code. Uses the search-term index only, so it stays fast at network scale.
 */
export async function searchParticipants(
  session: SessionUser,
  query: string,
  options: { nightId?: string | null; today: string; limit?: number },
): Promise<SearchHit[]> {
  requirePermission(session, "participants:read");
  const { words, code } = searchPrefixes(query);
  if (words.length === 0 && !code) return [];

  // Rank on the search-term index alone (it carries each participant's sort keys), keep the top
  // few, and only then read Participant for them: at 100,000 people a two-letter prefix matches
  // thousands of terms, and the ranking must not touch thousands of Participant rows.
  const wordPatterns = words.map((word) => likePrefix(word));
  const codePattern = code ? likePrefix(code) : null;
  const patterns = [...wordPatterns, ...(codePattern ? [codePattern] : [])];
  const anyTerm = Prisma.join(patterns.map((pattern) => Prisma.sql`t."term" LIKE ${pattern}`), " OR ");
  const everyWord =
    wordPatterns.length > 0 ? Prisma.join(wordPatterns.map((pattern) => Prisma.sql`bool_or(t."term" LIKE ${pattern})`), " AND ") : Prisma.sql`FALSE`;
  const codeMatches = codePattern ? Prisma.sql`bool_or(t."term" LIKE ${codePattern})` : Prisma.sql`FALSE`;
  const exactCode = isValidCode(query) ? normalizeCodeInput(query) : "";
  const today = dateOnly(options.today);
  const nightId = options.nightId ?? null;
  const limit = options.limit ?? 8;

  // The reason leaves the database only for roles that may read it.
  const mayReadReason = can(session.role, "restrictions:manage");
  // Regulars first (the most frequent need the fewest keystrokes): among the most recent visitors the prefix finds, the person
  // already in tonight goes last, then who came most often in the last eight weeks, then the
  // most recent. The eight-week count reads the visit index for a few dozen candidates only.
  const since = addDays(options.today, -REGULAR_WEEKS * 7);
  const rows = await prisma.$queryRaw<HitRow[]>`
    WITH candidates AS (
      SELECT t."participantId" AS "id", bool_or(t."term" = ${exactCode ? codeTerm(exactCode) : ""}) AS "exact",
        max(t."lastVisitDate") AS "last", min(t."aliasSearch") AS "sortAlias"
      FROM "ParticipantSearchTerm" t
      WHERE ${anyTerm}
      GROUP BY t."participantId"
      HAVING (${everyWord}) OR (${codeMatches})
      ORDER BY 2 DESC, 3 DESC NULLS LAST, 4 ASC
      LIMIT ${CANDIDATES}
    ), ranked AS (
      SELECT c."id", c."exact", c."last", c."sortAlias",
        EXISTS (SELECT 1 FROM "Visit" v WHERE v."nightId" = ${nightId}::uuid AND v."participantId" = c."id") AS "checkedIn",
        (SELECT count(*) FROM "Visit" v WHERE v."participantId" = c."id" AND v."checkedInAt" >= ${dateOnly(since)}::date) AS "recent"
      FROM candidates c
      ORDER BY c."exact" DESC, 5 ASC, 6 DESC, c."last" DESC NULLS LAST, c."sortAlias" ASC
      LIMIT ${limit}
    )
    SELECT p."id", p."code", p."alias", p."lastVisitDate",
      r."id" IS NOT NULL AS "restricted", CASE WHEN ${mayReadReason} THEN r."reason" END AS "reason",
      ranked."checkedIn"
    FROM ranked JOIN "Participant" p ON p."id" = ranked."id"
    LEFT JOIN LATERAL (
      SELECT "id", "reason" FROM "Restriction"
      WHERE "participantId" = p."id" AND "startsOn" <= ${today}::date AND ("endsOn" IS NULL OR "endsOn" >= ${today}::date)
      ORDER BY "startsOn" DESC LIMIT 1
    ) r ON TRUE
    ORDER BY ranked."exact" DESC, ranked."checkedIn" ASC, ranked."recent" DESC, ranked."last" DESC NULLS LAST, ranked."sortAlias" ASC`;

  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    alias: row.alias,
    lastVisitDate: row.lastVisitDate ? isoDate(row.lastVisitDate) : null,
    restricted: row.restricted,
    restrictionReason: row.reason,
    checkedInTonight: row.checkedIn,
  }));
}

export type PossibleMatch = { id: string; code: string; alias: string; lastVisitDate: string | null };

/** Before a new record: people whose alias looks the same (same words, or one contains the other). */
export async function possibleMatches(session: SessionUser, alias: string): Promise<PossibleMatch[]> {
  requirePermission(session, "participants:write");
  const normalized = normalizeText(alias);
  const words = normalized.split(" ").filter((word) => word.length >= 2);
  if (words.length === 0) return [];
  const rows = await prisma.$queryRaw<{ id: string; code: string; alias: string; lastVisitDate: Date | null }[]>`
    SELECT p."id", p."code", p."alias", p."lastVisitDate"
    FROM "Participant" p
    WHERE p."aliasSearch" = ${normalized}
       OR p."id" IN (SELECT "participantId" FROM "ParticipantSearchTerm" WHERE "term" = ANY(${words}))
    ORDER BY (p."aliasSearch" = ${normalized}) DESC, p."lastVisitDate" DESC NULLS LAST
    LIMIT 6`;
  return rows.map((row) => ({ ...row, lastVisitDate: row.lastVisitDate ? isoDate(row.lastVisitDate) : null }));
}

export type ParticipantListRow = { id: string; code: string; alias: string; firstVisitDate: string | null; lastVisitDate: string | null };

export async function listParticipants(session: SessionUser, query: string, limit = 50): Promise<ParticipantListRow[]> {
  requirePermission(session, "participants:profile");
  const select = { id: true, code: true, alias: true, firstVisitDate: true, lastVisitDate: true } as const;
  const toRow = (row: { id: string; code: string; alias: string; firstVisitDate: Date | null; lastVisitDate: Date | null }) => ({
    ...row,
    firstVisitDate: row.firstVisitDate ? isoDate(row.firstVisitDate) : null,
    lastVisitDate: row.lastVisitDate ? isoDate(row.lastVisitDate) : null,
  });
  if (!query.trim()) {
    const rows = await prisma.participant.findMany({ select, orderBy: [{ lastVisitDate: { sort: "desc", nulls: "last" } }, { aliasSearch: "asc" }], take: limit });
    return rows.map(toRow);
  }
  const hits = await searchParticipants(session, query, { today: centreToday(), limit });
  const rows = await prisma.participant.findMany({ where: { id: { in: hits.map((hit) => hit.id) } }, select });
  const order = new Map(hits.map((hit, index) => [hit.id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map(toRow);
}

/**
 * The retention job's dry run for the privacy page: the records it would anonymise today. The
 * same read as the job's own (lib/participants/retention.ts), for the role that may run it.
 */
export async function retentionDryRun(session: SessionUser, options: { today: string; years: number }): Promise<RetentionCandidate[]> {
  requirePermission(session, "participants:anonymise");
  return retentionCandidates(prisma, options);
}
