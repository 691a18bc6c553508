// The same factories make the demo data and the test data, so tests exercise realistic rows.
// Each one writes a record as the app would leave it (a participant with their search terms, a
// visit with its services) from only what the caller cares about; the rest takes the schema's
// defaults. The `…Row` builders give the same rows to the demo's bulk inserts (createMany).
import type { Prisma, PrismaClient, ServiceKind } from "../../lib/generated/prisma/client.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import type { Role } from "../../lib/auth/roles.ts";
import { normalizeText, searchTermsFor } from "../../lib/participants/search-terms.ts";

// ---------------------------------------------------------------------------------------------
// Staff

export type StaffUserSpec = {
  username: string;
  displayName?: string;
  role: Role;
  password: string;
  disabled?: boolean;
  locale?: "fr" | "en";
};

export async function createStaffUser(prisma: PrismaClient, spec: StaffUserSpec) {
  return prisma.user.create({
    data: {
      username: spec.username,
      displayName: spec.displayName ?? spec.username,
      role: spec.role,
      disabled: spec.disabled ?? false,
      locale: spec.locale ?? "fr",
      passwordHash: await hashPassword(spec.password),
    },
    select: { id: true, username: true, role: true },
  });
}

// ---------------------------------------------------------------------------------------------
// Sites

/** The centre's first site: the one every database has (lib/catalogue/ensure-catalogue.ts). */
export function firstSite(prisma: PrismaClient) {
  return prisma.site.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
}

/** Another site, e.g. to check that one site's staff cannot touch another's night. */
export function createSite(prisma: PrismaClient, name: string) {
  return prisma.site.create({ data: { name } });
}

// ---------------------------------------------------------------------------------------------
// Participants

/** A participant as the app stores one: `aliasSearch` from the alias (lib/participants/commands.ts). */
export type ParticipantSpec = Omit<Prisma.ParticipantUncheckedCreateInput, "aliasSearch">;

export function participantRow<S extends ParticipantSpec>(spec: S): S & { aliasSearch: string } {
  return { ...spec, aliasSearch: normalizeText(spec.alias).slice(0, 40) };
}

/** The prefix-search terms of a participant's alias and code (lib/participants/search-terms.ts). */
export function searchTermRows(participant: { id: string; alias: string; code: string }) {
  return searchTermsFor(participant.alias, participant.code).map((term) => ({ participantId: participant.id, term }));
}

/** A participant and their search terms, so that the desk's search finds them. */
export async function createParticipant(prisma: PrismaClient, spec: ParticipantSpec) {
  const participant = await prisma.participant.create({ data: participantRow(spec) });
  await prisma.participantSearchTerm.createMany({ data: searchTermRows(participant) });
  return participant;
}

export function createIntake(prisma: PrismaClient, spec: Prisma.IntakeUncheckedCreateInput) {
  return prisma.intake.create({ data: spec });
}

export function createRestriction(prisma: PrismaClient, spec: Prisma.RestrictionUncheckedCreateInput) {
  return prisma.restriction.create({ data: spec });
}

// ---------------------------------------------------------------------------------------------
// Nights and visits

/** A night of the first site unless another is named. */
export type NightSpec = Omit<Prisma.NightUncheckedCreateInput, "siteId"> & { siteId?: string };

export async function createNight(prisma: PrismaClient, spec: NightSpec) {
  const siteId = spec.siteId ?? (await firstSite(prisma)).id;
  return prisma.night.create({ data: { ...spec, siteId } });
}

/** A visit and the services given during it, recorded at the check-in's time. */
export type VisitSpec = Prisma.VisitUncheckedCreateInput & { services?: readonly ServiceKind[] };

export async function createVisit(prisma: PrismaClient, { services = [], ...spec }: VisitSpec) {
  const visit = await prisma.visit.create({ data: spec });
  for (const kind of services) await prisma.visitService.create({ data: { visitId: visit.id, kind, recordedAt: visit.checkedInAt } });
  return visit;
}

export function createDistribution(prisma: PrismaClient, spec: Prisma.DistributionUncheckedCreateInput) {
  return prisma.distribution.create({ data: spec });
}

// ---------------------------------------------------------------------------------------------
// Stock

/** Units put on the shelf outside any form (a delivery, a donation), by the item's key. */
export async function receiveStock(
  prisma: PrismaClient,
  spec: Omit<Prisma.StockMovementUncheckedCreateInput, "itemId" | "kind"> & { itemKey: string; kind?: "PURCHASED" | "DONATED" },
) {
  const { itemKey, kind = "PURCHASED", ...movement } = spec;
  const item = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: itemKey }, select: { id: true } });
  return prisma.stockMovement.create({ data: { ...movement, itemId: item.id, kind } });
}

// ---------------------------------------------------------------------------------------------
// Case management, programs, clinic

export function createReferral(prisma: PrismaClient, spec: Prisma.ReferralUncheckedCreateInput) {
  return prisma.referral.create({ data: spec });
}

export function createVolunteer(prisma: PrismaClient, spec: Prisma.VolunteerUncheckedCreateInput) {
  return prisma.volunteer.create({ data: spec });
}

export function createClinicEncounter(prisma: PrismaClient, spec: Prisma.ClinicEncounterUncheckedCreateInput) {
  return prisma.clinicEncounter.create({ data: spec });
}
