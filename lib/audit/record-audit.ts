import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

export type AuditOutcome = "SUCCESS" | "DENIED" | "INVALID" | "FAILURE";

export type AuditEntry = {
  actorId?: string | null;
  actorRole?: Role | null;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  outcome: AuditOutcome;
  /** A short code such as "locked" or "no-session"; never text a person typed. */
  detail?: string | null;
};

/** The row as stored: lengths cut to the columns' sizes. Shared with the statement stamp's audit CTE. */
export function auditColumns(entry: AuditEntry) {
  return {
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole ?? null,
    action: entry.action.slice(0, 80),
    entity: entry.entity?.slice(0, 40) ?? null,
    entityId: entry.entityId?.slice(0, 64) ?? null,
    outcome: entry.outcome,
    detail: entry.detail?.slice(0, 200) ?? null,
  };
}

/** Pass the transaction client so the audit row commits or rolls back with the action it records. */
export async function recordAudit(db: Tx | PrismaClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: auditColumns(entry) });
}
