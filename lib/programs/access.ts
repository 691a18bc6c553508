import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { AccessDeniedError, DomainError } from "@/lib/errors";
import { normalizeCodeInput } from "@/lib/participants/code";

/** Queries take the app's client or a transaction client. */
export type Db = PrismaClient | Tx;

export function requirePermission(session: SessionUser, permission: Permission): void {
  if (!can(session.role, permission)) throw new AccessDeniedError(permission);
}

/** A participant by code; a code merged into another record still finds the person. */
export async function participantIdByCode(tx: Db, code: string, field: string): Promise<string> {
  const normalized = normalizeCodeInput(code);
  const found = await tx.participant.findUnique({ where: { code: normalized }, select: { id: true } });
  if (found) return found.id;
  const merged = await tx.participantMerge.findUnique({ where: { mergedCode: normalized }, select: { survivorId: true } });
  if (merged) return merged.survivorId;
  throw new DomainError("errors.unknownCode", { [field]: "errors.unknownCode" });
}
