import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { now as clockNow } from "@/lib/clock";

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is rewritten at most once a minute: the idle limit needs no finer grain. */
const TOUCH_EVERY_MS = 60 * 1000;

export type SessionUser = {
  sessionId: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  locale: "fr" | "en";
  /** The site the person works at; null when they work at every site. */
  siteId: string | null;
  /** A coordinator reset the password: only changing it or signing out is allowed until then. */
  mustChangePassword: boolean;
};

export async function openStaffSession(userId: string, now = clockNow()): Promise<string> {
  const session = await prisma.staffSession.create({
    data: { userId, createdAt: now, lastSeenAt: now },
    select: { id: true },
  });
  return session.id;
}

/**
 * The user's role and disabled flag are read here on every request, so a coordinator's
 * change takes effect on the user's next request, whatever the cookie says.
 */
export async function resolveStaffSession(sessionId: string, now = clockNow()): Promise<SessionUser | null> {
  const row = await prisma.staffSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      user: {
        select: { id: true, username: true, displayName: true, role: true, locale: true, disabled: true, siteId: true, mustChangePassword: true },
      },
    },
  });
  if (!row || row.endedAt) return null;

  const idle = now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MS;
  const tooOld = now.getTime() - row.createdAt.getTime() > SESSION_ABSOLUTE_MS;
  if (idle || tooOld || row.user.disabled) {
    await endStaffSession(row.id, now);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.staffSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return {
    sessionId: row.id,
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    role: row.user.role,
    locale: row.user.locale,
    siteId: row.user.siteId,
    mustChangePassword: row.user.mustChangePassword,
  };
}

export async function endStaffSession(sessionId: string, now = clockNow()): Promise<void> {
  await prisma.staffSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/** Disabling a user or resetting their password ends every session they have open. */
export async function endSessionsOfUser(db: Pick<typeof prisma, "staffSession">, userId: string, now = clockNow()) {
  await db.staffSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
}

/**
 * Changing one's own password ends every other session of that person (a cookie copied or left
 * open on another computer dies with the old password) and keeps the one making the change.
 * An UPDATE for the single statement that changes the password (lib/users/change-own-password.ts):
 * `userIds` is a subquery on that statement's own CTE, so sessions end only if the password changed.
 */
export function endOtherSessionsOfUser(userIds: Prisma.Sql, keepSessionId: string, now: Date): Prisma.Sql {
  return Prisma.sql`UPDATE "StaffSession" SET "endedAt" = ${now}::timestamptz
    WHERE "userId" IN (${userIds}) AND "id" <> ${keepSessionId}::uuid AND "endedAt" IS NULL
    RETURNING "id"`;
}
