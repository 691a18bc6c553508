import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";

/**
 * An anonymised record is final (Law 25): nothing may be written about the person any more, or the
 * record would start describing someone again. Every command that edits a record, adds to its
 * history (intake, restriction, referral, check-in) or merges it asks here first. Locks the row so
 * that an anonymisation running at the same moment is ordered with the command.
 */
export async function assertNotAnonymised(tx: Tx | PrismaClient, participantId: string, field?: string): Promise<void> {
  const rows = await tx.$queryRaw<{ anonymised: boolean }[]>`
    SELECT "anonymisedAt" IS NOT NULL AS "anonymised" FROM "Participant" WHERE "id" = ${participantId}::uuid FOR SHARE`;
  if (!rows[0]) throw new NotFoundError();
  if (rows[0].anonymised) throw new DomainError("errors.anonymisedRecord", field ? { [field]: "errors.anonymisedRecord" } : {});
}
