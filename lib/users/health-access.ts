import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * docs/roles-and-privacy.md, rule 9: every account change that gives or restores access to health data is shown to
 * the health team (their home page, lib/users/health-access-log.ts). It is an audit row of its
 * own, beside the action's, so the list reads one action name and the append-only log keeps it:
 * a coordinator who resets a health worker's password to sign in as them is seen by the team.
 */
export const HEALTH_ACCESS_ACTION = "users.health-access";

export const HEALTH_ACCESS_KINDS = ["created", "role-changed", "re-enabled", "password-reset"] as const;
export type HealthAccessKind = (typeof HEALTH_ACCESS_KINDS)[number];

export type Actor = { actorId: string | null; actorRole: Role | null };

/** Written in the command's transaction: the change and its notice commit together or not at all. */
export async function recordHealthAccess(tx: Tx, actor: Actor, targetUserId: string, kind: HealthAccessKind): Promise<void> {
  await recordAudit(tx, {
    ...actor,
    action: HEALTH_ACCESS_ACTION,
    entity: "User",
    entityId: targetUserId,
    outcome: "SUCCESS",
    detail: kind,
  });
}
