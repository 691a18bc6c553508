import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatementContext, StatementOutcome } from "@/lib/actions/execute-action";
import { auditCte, claimCte, stampFlags } from "@/lib/actions/statement-stamp";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { accountKey, reserveAttempt } from "@/lib/auth/sign-in-throttle";
import { endOtherSessionsOfUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import type { ChangeOwnPasswordInput } from "@/lib/users/schemas";

/**
 * A statement command (execute-action.ts), not a transaction: the attempt is counted against the
 * person's sign-in key BEFORE the current password is verified, and that count must survive the
 * refusal of a wrong password (a transaction would roll it back, so a stolen session could try
 * current passwords without end). Then ONE statement changes the password, clears the one-time
 * flag, ends the person's other sessions, starts the sign-in counter over and writes the audit row.
 */
export async function changeOwnPassword(ctx: StatementContext<ChangeOwnPasswordInput>): Promise<StatementOutcome<undefined>> {
  const { db, session, input, now, stamp } = ctx;
  const wrong = (key: string) => new DomainError(key, { currentPassword: key });

  const reservation = await reserveAttempt(db, { username: session.username, clientAddress: null }, now);
  if (!reservation.ok) throw wrong("errors.wrongCurrentPasswordLocked");
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw wrong("errors.wrongCurrentPassword");
  const passwordHash = await hashPassword(input.newPassword);

  const outcome = { data: undefined, entityId: session.userId, messageKey: "account.passwordChanged" };
  const rows = await db.$queryRaw<{ changed: boolean; claimed: boolean; audited: boolean }[]>`
    WITH changed AS (
      -- Only over the hash just verified: a concurrent change wins, this one changes nothing.
      UPDATE "User" SET "passwordHash" = ${passwordHash}, "mustChangePassword" = false, "updatedAt" = ${now}::timestamptz
      WHERE "id" = ${session.userId}::uuid AND "passwordHash" = ${user.passwordHash}
      RETURNING "id"
    ),
    ended AS (${endOtherSessionsOfUser(Prisma.sql`SELECT "id" FROM changed`, session.sessionId, now)}),
    cleared AS (
      DELETE FROM "SignInThrottle" WHERE "key" = ${accountKey(session.username)} AND EXISTS (SELECT 1 FROM changed)
      RETURNING "key"
    ),
    ${claimCte(stamp, "changed", outcome)},
    ${auditCte(stamp, "audit", "changed", { action: stamp.action, entity: stamp.entity, entityId: session.userId })}
    SELECT EXISTS (SELECT 1 FROM changed) AS "changed", ${stampFlags}`;
  const row = rows[0];
  if (!row?.changed) throw wrong("errors.wrongCurrentPassword");
  return { written: true, outcome, claimed: row.claimed, audited: row.audited };
}
