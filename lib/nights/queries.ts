import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { siteOf, type SiteSummary } from "@/lib/sites/sites";
import { isoDate } from "@/lib/nights/local-date";
import type { ServiceKind } from "@/lib/generated/prisma/enums";

export type OpenNight = { id: string; date: string; openedAt: Date; staff: { id: string; displayName: string }[] };
export type Tonight = { site: SiteSummary; night: OpenNight | null };

export async function tonight(session: SessionUser): Promise<Tonight> {
  requirePermission(session, "visits:record");
  const site = await siteOf(session);
  const night = await prisma.night.findUnique({
    where: { openSiteId: site.id },
    select: {
      id: true,
      date: true,
      openedAt: true,
      shifts: { select: { user: { select: { id: true, displayName: true } } }, orderBy: { user: { displayName: "asc" } } },
    },
  });
  return {
    site,
    night: night
      ? { id: night.id, date: isoDate(night.date), openedAt: night.openedAt, staff: night.shifts.map((shift) => shift.user) }
      : null,
  };
}

export type NightSummary = {
  id: string;
  date: string;
  siteName: string;
  openedAt: Date;
  closedAt: Date | null;
  visits: number;
  anonymous: number;
  newParticipants: number;
  meals: number;
  services: { kind: ServiceKind; count: number }[];
  items: { key: string; nameFr: string; nameEn: string; quantity: number }[];
  staff: string[];
  note: string | null;
};

export async function nightSummary(session: SessionUser, nightId: string): Promise<NightSummary | null> {
  requirePermission(session, "nights:manage");
  const night = await prisma.night.findUnique({
    where: { id: nightId },
    select: {
      id: true,
      date: true,
      openedAt: true,
      closedAt: true,
      closingNote: true,
      siteId: true,
      site: { select: { name: true } },
      shifts: { select: { user: { select: { displayName: true } } } },
    },
  });
  if (!night || (session.siteId && night.siteId !== session.siteId)) return null;

  const [visits, anonymous, newParticipants, services, items] = await Promise.all([
    prisma.visit.count({ where: { nightId } }),
    prisma.visit.count({ where: { nightId, participantId: null } }),
    prisma.visit.count({ where: { nightId, firstVisit: true } }),
    prisma.visitService.groupBy({ by: ["kind"], where: { visit: { nightId } }, _count: { _all: true } }),
    prisma.distribution.groupBy({ by: ["itemId"], where: { visit: { nightId } }, _sum: { quantity: true } }),
  ]);
  const catalogue = await prisma.catalogueItem.findMany({
    where: { id: { in: items.map((item) => item.itemId) } },
    select: { id: true, key: true, nameFr: true, nameEn: true, sortOrder: true },
  });
  const byId = new Map(catalogue.map((item) => [item.id, item]));

  return {
    id: night.id,
    date: isoDate(night.date),
    siteName: night.site.name,
    openedAt: night.openedAt,
    closedAt: night.closedAt,
    visits,
    anonymous,
    newParticipants,
    meals: services.find((service) => service.kind === "MEAL")?._count._all ?? 0,
    services: services.map((service) => ({ kind: service.kind, count: service._count._all })).sort((a, b) => a.kind.localeCompare(b.kind)),
    items: items
      .map((item) => ({ item: byId.get(item.itemId), quantity: item._sum.quantity ?? 0 }))
      .filter((row): row is { item: NonNullable<typeof row.item>; quantity: number } => Boolean(row.item))
      .sort((a, b) => a.item.sortOrder - b.item.sortOrder)
      .map(({ item, quantity }) => ({ key: item.key, nameFr: item.nameFr, nameEn: item.nameEn, quantity })),
    staff: night.shifts.map((shift) => shift.user.displayName).sort(),
    note: night.closingNote,
  };
}

/** `imported`: a night from before Halte, a tally from the centre's spreadsheets (lib/import), with no page of its own. */
export type NightListRow = { id: string; date: string; closed: boolean; visits: number; anonymous: number; newParticipants: number; imported: boolean };

export async function recentNights(session: SessionUser, limit = 60): Promise<NightListRow[]> {
  requirePermission(session, "nights:manage");
  const site = await siteOf(session);
  const [nights, past] = await Promise.all([
    prisma.night.findMany({
      where: { siteId: site.id },
      orderBy: { date: "desc" },
      take: limit,
      select: { id: true, date: true, closedAt: true },
    }),
    prisma.pastNightTally.findMany({
      where: { siteId: site.id },
      orderBy: { date: "desc" },
      take: limit,
      select: { id: true, date: true, visits: true, anonymousVisits: true, newPeople: true },
    }),
  ]);
  // The centre's nights before Halte follow its nights in Halte, up to the same limit.
  const imported = past.map((tally) => ({
    id: tally.id,
    date: isoDate(tally.date),
    closed: true,
    visits: tally.visits,
    anonymous: tally.anonymousVisits,
    newParticipants: tally.newPeople,
    imported: true,
  }));
  if (nights.length === 0) return imported;
  const counts = await prisma.$queryRaw<{ nightId: string; visits: bigint; anonymous: bigint; first: bigint }[]>`
    SELECT "nightId", count(*) AS visits,
           count(*) FILTER (WHERE "participantId" IS NULL) AS anonymous,
           count(*) FILTER (WHERE "firstVisit") AS first
    FROM "Visit" WHERE "nightId" = ANY(${nights.map((night) => night.id)}::uuid[]) GROUP BY "nightId"`;
  const byNight = new Map(counts.map((row) => [row.nightId, row]));
  const inHalte = nights.map((night) => {
    const row = byNight.get(night.id);
    return {
      id: night.id,
      date: isoDate(night.date),
      closed: night.closedAt !== null,
      visits: Number(row?.visits ?? 0),
      anonymous: Number(row?.anonymous ?? 0),
      newParticipants: Number(row?.first ?? 0),
      imported: false,
    };
  });
  return [...inHalte, ...imported].sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit);
}
