import "server-only";
import type { Tx } from "@/lib/db";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/permissions";

export type SiteSummary = { id: string; name: string; openWeekdays: number[]; opensAt: string; closesAt: string };

const siteSelect = { id: true, name: true, openWeekdays: true, opensAt: true, closesAt: true } as const;

/** The site a person works at tonight: their own, or the first one for someone who works everywhere. */
export async function siteOf(session: SessionUser, db: Tx | typeof prisma = prisma): Promise<SiteSummary> {
  const site = session.siteId
    ? await db.site.findUnique({ where: { id: session.siteId }, select: siteSelect })
    : await db.site.findFirst({ orderBy: { createdAt: "asc" }, select: siteSelect });
  if (!site) throw new DomainError("errors.noSite");
  return site;
}

export async function listSites(session: SessionUser): Promise<SiteSummary[]> {
  requirePermission(session, "settings:manage");
  return prisma.site.findMany({ select: siteSelect, orderBy: { createdAt: "asc" } });
}
