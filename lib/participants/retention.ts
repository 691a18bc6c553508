import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { anonymiseParticipant } from "@/lib/participants/anonymise";

export type RetentionCandidate = { id: string; code: string; lastSeen: string };

/** The day before which a record is kept no longer: `years` years before `today`. */
export function retentionCutoff(today: string, years: number): string {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return isoDate(new Date(Date.UTC(year - years, month - 1, day)));
}

/**
 * Records not yet anonymised whose last visit (or creation, for someone never checked in) is
 * older than the cutoff. Read only: the dry run shows exactly this list.
 */
export async function retentionCandidates(db: PrismaClient | Tx, options: { today: string; years: number }): Promise<RetentionCandidate[]> {
  const cutoff = dateOnly(retentionCutoff(options.today, options.years));
  const rows = await db.$queryRaw<{ id: string; code: string; lastSeen: Date }[]>`
    SELECT "id"::text AS "id", "code", COALESCE("lastVisitDate", "createdAt"::date) AS "lastSeen"
    FROM "Participant"
    WHERE "anonymisedAt" IS NULL AND COALESCE("lastVisitDate", "createdAt"::date) < ${cutoff}
    ORDER BY 3, "code"`;
  return rows.map((row) => ({ id: row.id, code: row.code, lastSeen: isoDate(row.lastSeen) }));
}

/**
 * Anonymises every candidate, one transaction each (a failure stops the run and leaves the ones
 * done done), with one audit row per record: who ran it ("retention" for the scheduled job).
 */
export async function applyRetention(
  db: PrismaClient,
  options: { today: string; years: number; now: Date; actor: { userId: string; role: "COORDINATOR" } | null },
): Promise<number> {
  const candidates = await retentionCandidates(db, options);
  await pruneSubmissions(db, options.now);
  for (const candidate of candidates) {
    await db.$transaction(async (tx) => {
      await anonymiseInactive(tx, candidate, options.now, options.actor);
    });
  }
  return candidates.length;
}

/** One record of the list: anonymised, with its audit row in the same transaction. */
export async function anonymiseInactive(tx: Tx, candidate: RetentionCandidate, now: Date, actor: { userId: string; role: "COORDINATOR" } | null) {
  await anonymiseParticipant(tx, candidate.id, now);
  await recordAudit(tx, {
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: "participants.retention",
    entity: "Participant",
    entityId: candidate.id,
    outcome: "SUCCESS",
    detail: `inactive since ${candidate.lastSeen}`,
  });
}


/** Submission ids answer a repeated form for a few minutes; a week later they are noise. */
export async function pruneSubmissions(db: PrismaClient | Tx, now: Date) {
  await db.submission.deleteMany({ where: { at: { lt: new Date(now.getTime() - 7 * 24 * 3600_000) } } });
}
