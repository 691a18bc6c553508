import "server-only";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { normalizeCodeInput } from "@/lib/participants/code";

// The programs' commands follow the rest of lib/: queries import the client and check their
// permission with lib/auth/permissions.ts's requirePermission; commands take the transaction.

/** A participant by code, inside a command; a code merged into another record still finds the person. */
export async function participantIdByCode(tx: Tx, code: string, field: string): Promise<string> {
  const normalized = normalizeCodeInput(code);
  const found = await tx.participant.findUnique({ where: { code: normalized }, select: { id: true } });
  if (found) return found.id;
  const merged = await tx.participantMerge.findUnique({ where: { mergedCode: normalized }, select: { survivorId: true } });
  if (merged) return merged.survivorId;
  throw new DomainError("errors.unknownCode", { [field]: "errors.unknownCode" });
}
