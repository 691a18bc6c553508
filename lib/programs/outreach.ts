import "server-only";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { localTimeToUtc } from "@/lib/nights/zoned-time";
import { checkedSize, recordMovement, stockItem, type Locale } from "@/lib/stock/ledger";
import type { outreachContactSchema, outreachShiftSchema, outreachSupplySchema, venueSchema } from "@/lib/programs/schemas";
import type { VenueType } from "@/lib/generated/prisma/enums";

// ------------------------------------------------------------------------------------ commands

export async function saveVenue(tx: Tx, input: z.output<typeof venueSchema>): Promise<string> {
  const { venueId, ...data } = input;
  // lower() = lower(), not Prisma's case-insensitive "equals": that is an ILIKE, where a name's
  // "_", "%" or trailing backslash would act as a pattern.
  const taken = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Venue" WHERE lower("name") = lower(${data.name}) AND (${venueId ?? null}::uuid IS NULL OR "id" <> ${venueId ?? null}::uuid) LIMIT 1`;
  const nameTaken = () => new DomainError("programs.errors.venueNameTaken", { name: "programs.errors.venueNameTaken" });
  if (taken.length > 0) throw nameTaken();
  try {
    if (venueId) {
      const updated = await tx.venue.updateMany({ where: { id: venueId }, data });
      if (updated.count === 0) throw new NotFoundError();
      return venueId;
    }
    return (await tx.venue.create({ data, select: { id: true } })).id;
  } catch (error) {
    // The unique index is the last word (names that compare equal only byte for byte, or two
    // people saving the same name at once): the same clear refusal.
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function createOutreachShift(tx: Tx, session: SessionUser, input: z.output<typeof outreachShiftSchema>): Promise<string> {
  const staffIds = [...new Set(input.staffIds)];
  const staff = await tx.user.count({ where: { id: { in: staffIds }, disabled: false, role: { in: ["COORDINATOR", "STAFF"] } } });
  if (staff !== staffIds.length) throw new DomainError("programs.errors.unknownStaff", { staffIds: "programs.errors.unknownStaff" });
  const shift = await tx.outreachShift.create({
    data: {
      date: dateOnly(input.date),
      startTime: input.startTime,
      endTime: input.endTime,
      note: input.note,
      createdById: session.userId,
      staff: { create: staffIds.map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
  return shift.id;
}

/** One venue visited during a shift: counts and a note. A venue is recorded once per shift. */
export async function addOutreachContact(tx: Tx, input: z.output<typeof outreachContactSchema>): Promise<string> {
  const [shift, venue] = await Promise.all([
    tx.outreachShift.findUnique({ where: { id: input.shiftId }, select: { date: true } }),
    tx.venue.findUnique({ where: { id: input.venueId }, select: { active: true } }),
  ]);
  if (!shift) throw new NotFoundError();
  if (!venue?.active) throw new DomainError("programs.errors.unknownVenue", { venueId: "programs.errors.unknownVenue" });
  if (await tx.outreachContact.count({ where: { shiftId: input.shiftId, venueId: input.venueId } })) {
    throw new DomainError("programs.errors.venueAlreadyVisited", { venueId: "programs.errors.venueAlreadyVisited" });
  }
  const { shiftId, venueId, ...counts } = input;
  const contact = await tx.outreachContact.create({ data: { shiftId, venueId, date: shift.date, ...counts }, select: { id: true } });
  return contact.id;
}

/**
 * Supplies handed out at a venue come off the shelf like any distribution: one DISTRIBUTED
 * movement of the ledger (refused when not enough is left), tied to the outreach contact.
 */
export async function addOutreachSupply(tx: Tx, session: SessionUser, input: z.output<typeof outreachSupplySchema>, locale: Locale, timeZone: string): Promise<string> {
  const contact = await tx.outreachContact.findUnique({ where: { id: input.contactId }, select: { shift: { select: { date: true, startTime: true } } } });
  if (!contact) throw new NotFoundError();
  const item = await stockItem(tx, input.itemId);
  if (!item.active) throw new NotFoundError();
  const size = checkedSize(item, input.size);
  const movement = await recordMovement(
    tx,
    {
      itemId: item.id,
      size,
      kind: "DISTRIBUTED",
      quantity: -input.quantity,
      reason: "outreach",
      occurredAt: localTimeToUtc(isoDate(contact.shift.date), contact.shift.startTime, timeZone),
      recordedById: session.userId,
    },
    item,
    locale,
  );
  const supply = await tx.outreachSupply.create({
    data: { contactId: input.contactId, itemId: item.id, size, quantity: input.quantity, movementId: movement.id },
    select: { id: true },
  });
  return supply.id;
}

// ------------------------------------------------------------------------------------- queries

export type VenueRow = { id: string; name: string; type: VenueType; area: string; weeklyTarget: number; serviceAgreement: boolean; active: boolean; note: string | null };
const venueSelect = { id: true, name: true, type: true, area: true, weeklyTarget: true, serviceAgreement: true, active: true, note: true } as const;

export async function venueList(session: SessionUser): Promise<VenueRow[]> {
  requirePermission(session, "programs:read");
  return prisma.venue.findMany({ select: venueSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

export async function venueById(session: SessionUser, venueId: string): Promise<VenueRow> {
  requirePermission(session, "programs:read");
  const venue = await prisma.venue.findUnique({ where: { id: venueId }, select: venueSelect });
  if (!venue) throw new NotFoundError();
  return venue;
}

/** Staff who can be on an outreach shift. */
export async function outreachStaff(session: SessionUser) {
  requirePermission(session, "programs:write");
  return prisma.user.findMany({ where: { disabled: false, role: { in: ["COORDINATOR", "STAFF"] } }, select: { id: true, displayName: true }, orderBy: { displayName: "asc" } });
}

export type OutreachShiftRow = { id: string; date: string; startTime: string; endTime: string; staff: string[]; venues: number; peopleMet: number };

export async function recentOutreachShifts(session: SessionUser, take = 20): Promise<OutreachShiftRow[]> {
  requirePermission(session, "programs:read");
  const shifts = await prisma.outreachShift.findMany({
    select: { id: true, date: true, startTime: true, endTime: true, staff: { select: { user: { select: { displayName: true } } } }, contacts: { select: { peopleMet: true } } },
    orderBy: [{ date: "desc" }, { startTime: "desc" }],
    take,
  });
  return shifts.map((shift) => ({
    id: shift.id,
    date: isoDate(shift.date),
    startTime: shift.startTime,
    endTime: shift.endTime,
    staff: shift.staff.map((member) => member.user.displayName),
    venues: shift.contacts.length,
    peopleMet: shift.contacts.reduce((sum, contact) => sum + contact.peopleMet, 0),
  }));
}

export type OutreachShiftDetail = {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  note: string | null;
  staff: string[];
  contacts: {
    id: string;
    venue: { id: string; name: string; type: VenueType };
    peopleMet: number;
    newContacts: number;
    cardsGiven: number;
    referrals: number;
    note: string | null;
    supplies: { id: string; nameFr: string; nameEn: string; size: string; quantity: number }[];
  }[];
};

export async function outreachShiftDetail(session: SessionUser, shiftId: string): Promise<OutreachShiftDetail> {
  requirePermission(session, "programs:read");
  const shift = await prisma.outreachShift.findUnique({
    where: { id: shiftId },
    select: {
      id: true,
      date: true,
      startTime: true,
      endTime: true,
      note: true,
      staff: { select: { user: { select: { displayName: true } } } },
      contacts: {
        select: {
          id: true,
          peopleMet: true,
          newContacts: true,
          cardsGiven: true,
          referrals: true,
          note: true,
          venue: { select: { id: true, name: true, type: true } },
          supplies: { select: { id: true, size: true, quantity: true, item: { select: { nameFr: true, nameEn: true } } } },
        },
        orderBy: { venue: { name: "asc" } },
      },
    },
  });
  if (!shift) throw new NotFoundError();
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "outreach.read", entity: "OutreachShift", entityId: shiftId, outcome: "SUCCESS" });
  return {
    ...shift,
    date: isoDate(shift.date),
    staff: shift.staff.map((member) => member.user.displayName),
    contacts: shift.contacts.map((contact) => ({
      ...contact,
      supplies: contact.supplies.map((supply) => ({ id: supply.id, nameFr: supply.item.nameFr, nameEn: supply.item.nameEn, size: supply.size, quantity: supply.quantity })),
    })),
  };
}
