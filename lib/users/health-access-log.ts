import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { HEALTH_ACCESS_ACTION, HEALTH_ACCESS_KINDS, type HealthAccessKind } from "@/lib/users/health-access";
import type { Role } from "@/lib/generated/prisma/enums";

export type HealthAccessChange = {
  id: string;
  at: Date;
  kind: HealthAccessKind;
  /** The account that gained access; null if it no longer exists. */
  account: { displayName: string; username: string } | null;
  /** Who made the change; null when it came from the server's command line (npm run create-user). */
  by: { displayName: string; role: Role | null } | null;
};

const isKind = (value: string | null): value is HealthAccessKind => HEALTH_ACCESS_KINDS.includes(value as HealthAccessKind);

/** The latest changes that gave access to health data, newest first, for the health team's home page. */
export async function latestHealthAccessChanges(session: SessionUser, limit = 20): Promise<HealthAccessChange[]> {
  requirePermission(session, "health:access-log");
  const rows = await prisma.auditEvent.findMany({
    where: { action: HEALTH_ACCESS_ACTION, outcome: "SUCCESS" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, at: true, detail: true, entityId: true, actor: { select: { displayName: true } }, actorRole: true },
  });
  const accountIds = [...new Set(rows.flatMap((row) => (row.entityId ? [row.entityId] : [])))];
  const accounts = await prisma.user.findMany({
    where: { id: { in: accountIds } },
    select: { id: true, displayName: true, username: true },
  });
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  return rows.flatMap((row) => {
    if (!isKind(row.detail)) return [];
    const account = row.entityId ? accountById.get(row.entityId) : undefined;
    return [
      {
        id: row.id.toString(),
        at: row.at,
        kind: row.detail,
        account: account ? { displayName: account.displayName, username: account.username } : null,
        by: row.actor ? { displayName: row.actor.displayName, role: row.actorRole } : null,
      },
    ];
  });
}
