import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** Attempts per username in a window; the sixth is refused without looking at the password. */
export const MAX_FAILED_SIGN_INS = 5;
/**
 * Failed attempts per client address in a window. It stops one client from locking every account
 * on a busy night (each account costs it 5 of these); a centre behind one address (its router)
 * still has room for a whole team's typos.
 */
export const MAX_CLIENT_FAILURES = 20;
export const LOCKOUT_MS = 15 * 60 * 1000;

export const accountKey = (username: string) => `user:${username}`;
export const clientKey = (address: string) => `client:${address}`;

/** A counted attempt: the window it was counted in lets a refund touch that window only. */
export type Slot = { key: string; failures: number; windowStartedAt: Date };

export type Reservation =
  | { ok: true; account: Slot; client: Slot | null; max: number }
  | { ok: false; refusedBy: "account" | "client" };

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/**
 * Counts an attempt BEFORE the password is verified, in ONE statement: concurrent attempts wait
 * on the row's lock (INSERT ... ON CONFLICT DO UPDATE always sees the latest row), so of any
 * number of parallel attempts at most `max` get a slot and therefore a verification. Reading the
 * lock, verifying, then writing (what this replaced) let 12 of 40 parallel attempts through.
 *
 * A right password takes a slot too until it is settled: a sixth sign-in of one username at the
 * very same moment is refused as locked (people do not sign in six times at once; a burst does).
 *
 * The client's counter is charged first and the account's only when the client had room (the
 * `FROM client` below), so a blocked client cannot add to anyone's account counter.
 */
export async function reserveAttempt(
  db: Db,
  target: { username: string; clientAddress: string | null },
  now: Date,
): Promise<Reservation> {
  const account = accountKey(target.username);
  const client = target.clientAddress === null ? null : clientKey(target.clientAddress);
  const rows = client
    ? await db.$queryRaw<(Slot & { slot: "account" | "client" })[]>`
        WITH client AS (${charge(client, MAX_CLIENT_FAILURES, now, Prisma.empty)}),
        account AS (${charge(account, MAX_FAILED_SIGN_INS, now, Prisma.sql`FROM client`)})
        SELECT 'client' AS "slot", * FROM client UNION ALL SELECT 'account' AS "slot", * FROM account`
    : await db.$queryRaw<(Slot & { slot: "account" | "client" })[]>`
        WITH account AS (${charge(account, MAX_FAILED_SIGN_INS, now, Prisma.empty)})
        SELECT 'account' AS "slot", * FROM account`;
  const clientSlot = rows.find((row) => row.slot === "client");
  const accountSlot = rows.find((row) => row.slot === "account");
  if (client && !clientSlot) return { ok: false, refusedBy: "client" };
  if (!accountSlot) {
    // No password was looked at: the client is not charged for a locked account (a colleague
    // retrying hers from the centre's shared address must not use up everyone's room).
    if (clientSlot) await refund(db, clientSlot, MAX_CLIENT_FAILURES);
    return { ok: false, refusedBy: "account" };
  }
  return { ok: true, account: slim(accountSlot), client: clientSlot ? slim(clientSlot) : null, max: MAX_FAILED_SIGN_INS };
}

/**
 * The right password: the account's counter starts over (its owner proved who they are) and the
 * client gets its slot back, since the client limit counts failures only.
 */
export async function settleSuccess(db: Db, reservation: Extract<Reservation, { ok: true }>): Promise<void> {
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${reservation.account.key}`;
  if (reservation.client) await refund(db, reservation.client, MAX_CLIENT_FAILURES);
}

/** The attempt that filled the account's window: the next one will be refused. */
export const filledTheWindow = (reservation: Extract<Reservation, { ok: true }>) =>
  reservation.account.failures >= reservation.max;

/**
 * One counter's INSERT ... ON CONFLICT DO UPDATE. Refused (no row returned) while locked; a window
 * older than the lockout, or ended by an expired lock, starts over at 1; the attempt that reaches
 * `max` locks the key for LOCKOUT_MS from now. `source` is empty or `FROM client`.
 */
function charge(key: string, max: number, now: Date, source: Prisma.Sql): Prisma.Sql {
  const windowStart = new Date(now.getTime() - LOCKOUT_MS);
  const lockEnd = new Date(now.getTime() + LOCKOUT_MS);
  const fresh = Prisma.sql`(t."windowStartedAt" <= ${windowStart}::timestamptz OR t."lockedUntil" IS NOT NULL)`;
  const counted = Prisma.sql`(CASE WHEN ${fresh} THEN 1 ELSE t."failures" + 1 END)`;
  return Prisma.sql`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt", "lockedUntil")
    SELECT ${key}::varchar, 1, ${now}::timestamptz, CASE WHEN 1 >= ${max}::int THEN ${lockEnd}::timestamptz END ${source}
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${counted},
      "windowStartedAt" = CASE WHEN ${fresh} THEN ${now}::timestamptz ELSE t."windowStartedAt" END,
      "lockedUntil" = CASE WHEN ${counted} >= ${max}::int THEN ${lockEnd}::timestamptz END
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}::timestamptz
    RETURNING t."key", t."failures", t."windowStartedAt"`;
}

/** Gives a slot back, in the window it was taken from only; lifts a lock it no longer justifies. */
async function refund(db: Db, slot: Slot, max: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "SignInThrottle" SET
      "failures" = "failures" - 1,
      "lockedUntil" = CASE WHEN "failures" - 1 >= ${max}::int THEN "lockedUntil" END
    WHERE "key" = ${slot.key} AND "windowStartedAt" = ${slot.windowStartedAt}::timestamptz AND "failures" > 0`;
}

function slim(row: Slot): Slot {
  return { key: row.key, failures: Number(row.failures), windowStartedAt: row.windowStartedAt };
}
