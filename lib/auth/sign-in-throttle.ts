import "server-only";
import { prisma } from "@/lib/db";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export async function lockedUntil(username: string, now: Date): Promise<Date | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { username }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * One atomic statement, so that concurrent wrong passwords from several app instances are all
 * counted. Failures older than the lockout window, or from before an expired lock, start over.
 */
export async function recordFailedSignIn(username: string, now: Date): Promise<{ failures: number; locked: boolean }> {
  const windowStart = new Date(now.getTime() - LOCKOUT_MS);
  const lockEnd = new Date(now.getTime() + LOCKOUT_MS);
  const rows = await prisma.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" ("username", "failures", "lastFailureAt", "lockedUntil")
    VALUES (${username}, 1, ${now}, NULL)
    ON CONFLICT ("username") DO UPDATE SET
      "failures" = CASE
        WHEN "SignInThrottle"."lastFailureAt" < ${windowStart}
          OR ("SignInThrottle"."lockedUntil" IS NOT NULL AND "SignInThrottle"."lockedUntil" <= ${now})
        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "lastFailureAt" = ${now},
      "lockedUntil" = CASE
        WHEN "SignInThrottle"."lastFailureAt" >= ${windowStart}
          AND ("SignInThrottle"."lockedUntil" IS NULL OR "SignInThrottle"."lockedUntil" > ${now})
          AND "SignInThrottle"."failures" + 1 >= ${MAX_FAILED_SIGN_INS}
        THEN ${lockEnd}::timestamptz ELSE NULL END
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0];
  return { failures: row?.failures ?? 1, locked: Boolean(row?.lockedUntil) };
}

export async function clearFailedSignIns(username: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { username } });
}
