import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";

/**
 * An anonymised record is final (Law 25): nothing may be written about the person any more, or the
 * record would start describing someone again. Every command that edits a record, adds to its
 * history (intake, restriction, referral, check-in) or merges it asks here first. Locks the row so
 * that an anonymisation running at the same moment is ordered with the command; the lock is the
 * one the command's own update of the row takes (check-in dates), so two check-ins of one person
 * queue instead of both holding a shared lock and deadlocking on the upgrade.
 */
export async function assertNotAnonymised(tx: Tx | PrismaClient, participantId: string, field?: string): Promise<void> {
  const rows = await tx.$queryRaw<{ anonymised: boolean }[]>`
    SELECT "anonymisedAt" IS NOT NULL AS "anonymised" FROM "Participant" WHERE "id" = ${participantId}::uuid FOR NO KEY UPDATE`;
  if (!rows[0]) throw new NotFoundError();
  if (rows[0].anonymised) throw new DomainError("errors.anonymisedRecord", field ? { [field]: "errors.anonymisedRecord" } : {});
}
