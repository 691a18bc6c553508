import "server-only";
import { prisma } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { dateOnly } from "@/lib/nights/local-date";
import { followUpDueAmong } from "@/lib/referrals/queries";
import { clinicFollowUpDueAmong } from "@/lib/clinic/queries";
import type { ItemCategory, ServiceKind } from "@/lib/generated/prisma/enums";

export type BoardVisit = {
  id: string;
  participant: { id: string; code: string; alias: string } | null;
  firstVisit: boolean;
  checkedInAt: Date;
  checkedOutAt: Date | null;
  restricted: boolean;
  restrictionReason: string | null;
  /** A referral's follow-up date has come (staff and coordinator only). */
  followUpDue: boolean;
  /** Neutral "invite to clinic night": a dose or a result is owed; never which one (clinic:flag). */
  clinicInvite: boolean;
  services: ServiceKind[];
  items: { id: string; itemId: string; size: string | null; quantity: number }[];
};

export type Board = { visits: BoardVisit[]; counts: { visits: number; anonymous: number; newParticipants: number; present: number } };

type Counts = Board["counts"];
const NO_COUNTS: Counts = { visits: 0, anonymous: 0, newParticipants: 0, present: 0 };

/** Tonight's list: who is in, with what each received. */
export async function nightBoard(session: SessionUser, nightId: string, today: string): Promise<Board> {
  if (!(await mayReadNight(session, nightId))) return { visits: [], counts: NO_COUNTS };
  const visits = await boardVisits(session, { nightId }, today);
  return {
    visits,
    counts: {
      visits: visits.length,
      anonymous: visits.filter((visit) => !visit.participant).length,
      newParticipants: visits.filter((visit) => visit.firstVisit).length,
      present: visits.filter((visit) => !visit.checkedOutAt).length,
    },
  };
}

/**
 * One visit of a night as tonight's list shows it, with the night's counts: what a desk action
 * answers (lib/visits/tonight-state.ts), two small queries instead of the whole list. Null when
 * the visit is not on that night (or was just removed).
 */
export async function boardVisit(session: SessionUser, nightId: string, visitId: string, today: string): Promise<{ visit: BoardVisit | null; counts: Counts; visitIds: string[] }> {
  if (!(await mayReadNight(session, nightId))) return { visit: null, counts: NO_COUNTS, visitIds: [] };
  const [visits, { visitIds, ...counts }] = await Promise.all([boardVisits(session, { nightId, id: visitId }, today), nightCounts(nightId)]);
  return { visit: visits[0] ?? null, counts, visitIds };
}

/** Tonight's counts alone (the home page): one aggregate, not the whole list with its flags. */
export async function nightCountsOf(session: SessionUser, nightId: string): Promise<Counts> {
  if (!(await mayReadNight(session, nightId))) return NO_COUNTS;
  const { visitIds: _visitIds, ...counts } = await nightCounts(nightId);
  return counts;
}

async function mayReadNight(session: SessionUser, nightId: string): Promise<boolean> {
  requirePermission(session, "visits:record");
  const night = await prisma.night.findUnique({ where: { id: nightId }, select: { siteId: true } });
  return Boolean(night) && !(session.siteId && night!.siteId !== session.siteId);
}

/** The counts, and every visit's id: a screen learns from them that another desk added someone. */
async function nightCounts(nightId: string): Promise<Counts & { visitIds: string[] }> {
  const [row] = await prisma.$queryRaw<(Counts & { visitIds: string[] | null })[]>`
    SELECT count(*)::int AS "visits",
      count(*) FILTER (WHERE "participantId" IS NULL)::int AS "anonymous",
      count(*) FILTER (WHERE "firstVisit")::int AS "newParticipants",
      count(*) FILTER (WHERE "checkedOutAt" IS NULL)::int AS "present",
      array_agg("id"::text) AS "visitIds"
    FROM "Visit" WHERE "nightId" = ${nightId}::uuid`;
  return row ? { ...row, visitIds: row.visitIds ?? [] } : { ...NO_COUNTS, visitIds: [] };
}

async function boardVisits(session: SessionUser, where: { nightId: string; id?: string }, today: string): Promise<BoardVisit[]> {
  const todayDate = dateOnly(today);
  // The reason is selected only for roles that may read it; the others learn only that one exists.
  const mayReadReason = can(session.role, "restrictions:manage");
  const rows = await prisma.visit.findMany({
    where,
    orderBy: { checkedInAt: "desc" },
    select: {
      id: true,
      firstVisit: true,
      checkedInAt: true,
      checkedOutAt: true,
      participant: {
        select: {
          id: true,
          code: true,
          alias: true,
          restrictions: {
            where: { startsOn: { lte: todayDate }, OR: [{ endsOn: null }, { endsOn: { gte: todayDate } }] },
            select: { id: true, reason: mayReadReason },
            take: 1,
          },
        },
      },
      services: { select: { kind: true } },
      distributions: { select: { id: true, itemId: true, size: true, quantity: true }, orderBy: { recordedAt: "asc" } },
    },
  });
  const present = rows.flatMap((row) => (row.participant ? [row.participant.id] : []));
  const [due, clinic] = await Promise.all([followUpDueAmong(session, present, today), clinicFollowUpDueAmong(session, present, today)]);
  return rows.map((row) => ({
    id: row.id,
    participant: row.participant ? { id: row.participant.id, code: row.participant.code, alias: row.participant.alias } : null,
    firstVisit: row.firstVisit,
    checkedInAt: row.checkedInAt,
    checkedOutAt: row.checkedOutAt,
    restricted: (row.participant?.restrictions.length ?? 0) > 0,
    restrictionReason: row.participant?.restrictions[0]?.reason ?? null,
    followUpDue: row.participant ? due.has(row.participant.id) : false,
    clinicInvite: row.participant ? clinic.has(row.participant.id) : false,
    services: row.services.map((service) => service.kind).sort(),
    items: row.distributions,
  }));
}

export type CatalogueEntry = {
  id: string;
  key: string;
  category: ItemCategory;
  nameFr: string;
  nameEn: string;
  sizes: string[];
  /** What is on the shelf per size ("" for an item without sizes), so nobody offers what is gone. */
  onHand: Record<string, number>;
};

export async function activeCatalogue(session: SessionUser): Promise<CatalogueEntry[]> {
  requirePermission(session, "visits:record");
  const items = await prisma.catalogueItem.findMany({
    where: { active: true },
    orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
    select: { id: true, key: true, category: true, nameFr: true, nameEn: true, sizes: true, levels: { select: { size: true, onHand: true } } },
  });
  return items.map(({ levels, ...item }) => ({ ...item, onHand: Object.fromEntries(levels.map((level) => [level.size, level.onHand])) }));
}
