import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { siteOf } from "@/lib/sites/sites";
import { dateOnly, nightDateOf } from "@/lib/nights/local-date";

export type OpenNightResult = { nightId: string; date: string; reopened: boolean };

/**
 * Opens tonight's night at the person's site, or returns it when it is already open (two people
 * pressing "open" at once get the same night). A night closed by mistake earlier this evening is
 * reopened. An older night still open must be closed first.
 */
export async function openNight(tx: Tx, session: SessionUser, now: Date, timeZone: string): Promise<OpenNightResult> {
  const site = await siteOf(session, tx);
  const date = nightDateOf(now, timeZone);

  const open = await tx.night.findUnique({ where: { openSiteId: site.id }, select: { id: true, date: true } });
  if (open) {
    if (open.date.toISOString().slice(0, 10) !== date) {
      throw new DomainError("errors.previousNightOpen", {}, { date: open.date.toISOString().slice(0, 10) });
    }
    await joinShift(tx, open.id, session.userId);
    return { nightId: open.id, date, reopened: false };
  }

  const closedToday = await tx.night.findUnique({ where: { siteId_date: { siteId: site.id, date: dateOnly(date) } }, select: { id: true } });
  if (closedToday) {
    await tx.night.update({ where: { id: closedToday.id }, data: { closedAt: null, closedById: null, openSiteId: site.id } });
    await joinShift(tx, closedToday.id, session.userId);
    return { nightId: closedToday.id, date, reopened: true };
  }

  // ON CONFLICT: another request may have opened it between our read and this insert.
  await tx.$executeRaw`
    INSERT INTO "Night" ("id", "siteId", "date", "openedAt", "openedById", "openSiteId")
    VALUES (gen_random_uuid(), ${site.id}::uuid, ${dateOnly(date)}::date, ${now}, ${session.userId}::uuid, ${site.id}::uuid)
    ON CONFLICT DO NOTHING`;
  const night = await tx.night.findUnique({ where: { siteId_date: { siteId: site.id, date: dateOnly(date) } }, select: { id: true } });
  if (!night) throw new DomainError("errors.previousNightOpen", {}, { date });
  await joinShift(tx, night.id, session.userId);
  return { nightId: night.id, date, reopened: false };
}

export async function closeNight(tx: Tx, session: SessionUser, nightId: string, note: string | null | undefined, now: Date) {
  const night = await nightAtSite(tx, session, nightId);
  if (night.closedAt) throw new DomainError("errors.nightClosed");
  await tx.night.update({
    where: { id: nightId },
    data: { closedAt: now, closedById: session.userId, openSiteId: null, closingNote: note ?? null },
  });
}

export async function joinShift(tx: Tx, nightId: string, userId: string) {
  await tx.nightShift.upsert({ where: { nightId_userId: { nightId, userId } }, create: { nightId, userId }, update: {} });
}

export async function addToShift(tx: Tx, session: SessionUser, nightId: string, userId: string) {
  await nightAtSite(tx, session, nightId);
  const user = await tx.user.findUnique({ where: { id: userId }, select: { disabled: true } });
  if (!user || user.disabled) throw new NotFoundError();
  await joinShift(tx, nightId, userId);
}

export async function removeFromShift(tx: Tx, session: SessionUser, nightId: string, userId: string) {
  await nightAtSite(tx, session, nightId);
  await tx.nightShift.deleteMany({ where: { nightId, userId } });
}

/** A night of the person's own site; another site's night is refused as if it did not exist. */
export async function nightAtSite(tx: Tx, session: SessionUser, nightId: string) {
  const night = await tx.night.findUnique({ where: { id: nightId }, select: { id: true, siteId: true, closedAt: true, date: true } });
  if (!night) throw new NotFoundError();
  if (session.siteId && night.siteId !== session.siteId) throw new DomainError("errors.otherSiteNight");
  return night;
}

/** The night must be open to take check-ins and services. */
export async function openNightAtSite(tx: Tx, session: SessionUser, nightId: string) {
  const night = await nightAtSite(tx, session, nightId);
  if (night.closedAt) throw new DomainError("errors.nightClosed");
  return night;
}
