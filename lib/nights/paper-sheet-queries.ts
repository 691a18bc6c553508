import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { AccessDeniedError } from "@/lib/errors";
import { tonight } from "@/lib/nights/queries";
import { centreToday } from "@/lib/nights/today";
import { isoDate } from "@/lib/nights/local-date";

/** The night a paper sheet is for: `id` null when none is open yet (a blank sheet is printed ahead). */
export type SheetNight = { id: string | null; date: string; siteName: string; closed: boolean };

/**
 * The night named (open or past, of the person's own site: another site's is not found), or
 * tonight's. Only the night's date and site: a paper sheet never shows who came.
 */
export async function sheetNight(session: SessionUser, nightId?: string): Promise<SheetNight | null> {
  if (!can(session.role, "visits:record")) throw new AccessDeniedError("visits:record");
  if (nightId === undefined) {
    const { site, night } = await tonight(session);
    return { id: night?.id ?? null, date: night?.date ?? centreToday(), siteName: site.name, closed: false };
  }
  if (!/^[0-9a-f-]{36}$/i.test(nightId)) return null;
  const night = await prisma.night.findUnique({ where: { id: nightId }, select: { id: true, date: true, closedAt: true, siteId: true, site: { select: { name: true } } } });
  if (!night || (session.siteId && night.siteId !== session.siteId)) return null;
  return { id: night.id, date: isoDate(night.date), siteName: night.site.name, closed: night.closedAt !== null };
}
