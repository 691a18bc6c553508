import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { auditColumns, type AuditEntry } from "@/lib/audit/record-audit";

/**
 * What a single-statement command (an action definition with `statement` instead of `run`, see
 * execute-action.ts) must write beside its own rows, in its own statement and so in the same
 * commit: the submission's key when the form sent one, and the audit row. executeAction makes the
 * stamp; the command places these common table expressions in its statement.
 */
export type StatementStamp = {
  action: string;
  entity: string | null;
  actorId: string;
  actorRole: Role;
  submissionId: string | null;
};

/** CTE names are code, never input: a fixed shape keeps that visible. */
function relation(name: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`not a relation name: ${name}`);
  return Prisma.raw(name);
}

/**
 * `claim AS (...)`: the submission's key, inserted once for the row of `permitted` (nothing is
 * inserted when the rules refused, so the same form can be corrected and sent again). A copy of
 * the same submission in flight waits on the key's unique index, then inserts nothing. `result`
 * is what a later copy is answered, as the transactional path stores it.
 */
export function claimCte(stamp: StatementStamp, permitted: string, result: { data: unknown; messageKey?: string | null }): Prisma.Sql {
  const stored = JSON.stringify({ data: result.data ?? null, messageKey: result.messageKey ?? null });
  return Prisma.sql`claim AS (
    INSERT INTO "Submission" ("id", "action", "actorId", "result")
    SELECT ${stamp.submissionId}::uuid, ${stamp.action}::text, ${stamp.actorId}::uuid, ${stored}::jsonb
    FROM ${relation(permitted)} WHERE ${stamp.submissionId}::uuid IS NOT NULL
    ON CONFLICT ("id") DO NOTHING
    RETURNING "id"
  )`;
}

/** True when the command may write: the form sent no key, or this statement claimed it. */
export function claimedBySelf(stamp: StatementStamp): Prisma.Sql {
  return Prisma.sql`(${stamp.submissionId}::uuid IS NULL OR EXISTS (SELECT 1 FROM claim))`;
}

/**
 * `<name> AS (INSERT INTO "AuditEvent" ...)`: one audit row for each row of `written` (the
 * command's insert), by the stamp's actor. The success row is named `audit` (its presence is
 * reported back, see `stampFlags`); a command may add others, e.g. a limit passed.
 */
export function auditCte(
  stamp: StatementStamp,
  name: string,
  written: string,
  entry: Omit<AuditEntry, "actorId" | "actorRole" | "outcome"> & { when?: Prisma.Sql },
): Prisma.Sql {
  const row = auditColumns({ ...entry, actorId: stamp.actorId, actorRole: stamp.actorRole, outcome: "SUCCESS" });
  return Prisma.sql`${relation(name)} AS (
    INSERT INTO "AuditEvent" ("actorId", "actorRole", "action", "entity", "entityId", "outcome", "detail")
    SELECT ${row.actorId}::uuid, ${row.actorRole}::"Role", ${row.action}::text, ${row.entity}::text, ${row.entityId}::text,
           'SUCCESS'::"AuditOutcome", ${row.detail}::text
    FROM ${relation(written)} WHERE ${entry.when ?? Prisma.sql`true`}
    RETURNING "id"
  )`;
}

/** The columns executeAction reads back: whether this statement claimed the key and audited. */
export const stampFlags = Prisma.sql`EXISTS (SELECT 1 FROM claim) AS "claimed", EXISTS (SELECT 1 FROM audit) AS "audited"`;
