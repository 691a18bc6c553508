import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { centreTimeZone, centreToday } from "@/lib/nights/today";
import { coverageBoard } from "@/lib/programs/coverage";
import { vaccinesOf } from "@/lib/clinic/settings";
import { clinicSupplies } from "@/lib/clinic/queries";
import { searchDirectory } from "@/lib/directory/partners";

// What the field forms need without a network, fetched once online (at sign-in, or when a field
// page opens) and kept on the device: venues, the catalogue, the vaccine list, partners.
// Never a participant: nothing here names or counts a person (DESIGN.md §4.8).

export type FieldVenue = { id: string; name: string; area: string; overdue: boolean; daysSince: number | null };
export type FieldItem = { id: string; nameFr: string; nameEn: string; sizes: string[]; onHand: number };
export type FieldVaccine = { id: string; nameFr: string; nameEn: string; doses: number };
export type FieldReference = {
  fetchedAt: number;
  userId: string;
  timeZone: string;
  outreach: { venues: FieldVenue[]; items: FieldItem[] } | null;
  clinic: { partners: { id: string; name: string }[]; vaccines: FieldVaccine[]; supplies: FieldItem[] } | null;
};

export async function fieldReference(session: SessionUser, now: Date): Promise<FieldReference> {
  const [outreach, clinic] = await Promise.all([
    can(session.role, "programs:write") ? outreachReference(session) : null,
    can(session.role, "clinic:write") ? clinicReference(session) : null,
  ]);
  return { fetchedAt: now.getTime(), userId: session.userId, timeZone: centreTimeZone(), outreach, clinic };
}

async function outreachReference(session: SessionUser) {
  const [board, items] = await Promise.all([
    coverageBoard(session, centreToday()),
    prisma.catalogueItem.findMany({
      where: { active: true },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
      select: { id: true, nameFr: true, nameEn: true, sizes: true, levels: { select: { onHand: true } } },
    }),
  ]);
  // The board lists overdue venues first: the picker keeps that order.
  const venues = board.venues.map((venue) => ({ id: venue.id, name: venue.name, area: venue.area, overdue: venue.overdue, daysSince: venue.daysSince }));
  return { venues, items: items.map(({ levels, ...item }) => ({ ...item, onHand: levels.reduce((sum, level) => sum + level.onHand, 0) })) };
}

async function clinicReference(session: SessionUser) {
  const [partners, vaccines, supplies] = await Promise.all([
    searchDirectory(session, {}),
    vaccinesOf(prisma, { activeOnly: true }),
    can(session.role, "stock:clinic") ? clinicSupplies(session) : Promise.resolve([]),
  ]);
  return {
    partners: partners.map((partner) => ({ id: partner.id, name: partner.name })),
    vaccines: vaccines.map((vaccine) => ({ id: vaccine.id, nameFr: vaccine.nameFr, nameEn: vaccine.nameEn, doses: vaccine.scheduleMonths.length })),
    supplies: supplies.map((item) => ({ id: item.id, nameFr: item.nameFr, nameEn: item.nameEn, sizes: [], onHand: item.onHand })),
  };
}
