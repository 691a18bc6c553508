import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { exportRequestVerdict } from "@/lib/security/export-request";

/**
 * The one place an export asked for from another site is turned down: the export routes
 * (lib/actions/define-route.ts) and the readable record page call it before anything is read.
 * A refusal is a DENIED audit row ("cross-site"), never an "exported" row in the person's name.
 * Returns true when the request was refused.
 */
export async function refuseForeignExport(
  request: { method: string; headers: Headers },
  audit: { session: SessionUser; action: string; entity?: string; entityId?: string },
): Promise<boolean> {
  if (exportRequestVerdict(request) === "same-origin") return false;
  await recordAudit(prisma, {
    actorId: audit.session.userId,
    actorRole: audit.session.role,
    action: audit.action,
    entity: audit.entity,
    entityId: audit.entityId,
    outcome: "DENIED",
    detail: "cross-site",
  });
  return true;
}
