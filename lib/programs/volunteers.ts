import "server-only";
import type { z } from "zod";
import { prisma, type Tx, type PrismaClient } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, requirePermission } from "@/lib/auth/permissions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { assertNotAnonymised } from "@/lib/participants/not-anonymised";
import { participantIdByCode } from "@/lib/programs/access";
import { toCents, toMinutes, type linkAccountSchema, type newVolunteerSchema, type ownShiftSchema, type setVolunteerActiveSchema, type shiftSchema, type tierChangeSchema, type trainingSchema } from "@/lib/programs/schemas";
import type { TrainingKind, VolunteerActivity, VolunteerTier } from "@/lib/generated/prisma/enums";

// ------------------------------------------------------------------------------------ commands

export async function createVolunteer(tx: Tx, session: SessionUser, input: z.output<typeof newVolunteerSchema>): Promise<string> {
  const participantId = await participantIdByCode(tx, input.participantCode, "participantCode");
  await assertNotAnonymised(tx, participantId, "participantCode");
  if (await tx.volunteer.count({ where: { participantId } })) {
    throw new DomainError("programs.errors.alreadyVolunteer", { participantCode: "programs.errors.alreadyVolunteer" });
  }
  const volunteer = await tx.volunteer.create({
    data: {
      participantId,
      consentOn: dateOnly(input.consentOn),
      tier: input.tier,
      createdById: session.userId,
      tierChanges: { create: { tier: input.tier, changedOn: dateOnly(input.consentOn), recordedById: session.userId } },
    },
    select: { id: true },
  });
  return volunteer.id;
}

/** A new tier from a date on. History is never rewritten: a change before the last one is refused. */
export async function changeTier(tx: Tx, session: SessionUser, input: z.output<typeof tierChangeSchema>): Promise<string> {
  // Locks the volunteer so that two changes at once are ordered.
  const locked = await tx.$queryRaw<{ tier: string }[]>`SELECT "tier"::text AS "tier" FROM "Volunteer" WHERE "id" = ${input.volunteerId}::uuid FOR UPDATE`;
  const volunteer = locked[0];
  if (!volunteer) throw new NotFoundError();
  const last = await tx.volunteerTierChange.findFirst({ where: { volunteerId: input.volunteerId }, orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }], select: { changedOn: true } });
  if (last && input.changedOn < isoDate(last.changedOn)) {
    throw new DomainError("programs.errors.tierBackInTime", { changedOn: "programs.errors.tierBackInTime" }, { date: isoDate(last.changedOn) });
  }
  if (volunteer.tier === input.tier) throw new DomainError("programs.errors.sameTier", { tier: "programs.errors.sameTier" });
  const change = await tx.volunteerTierChange.create({
    data: { volunteerId: input.volunteerId, tier: input.tier, changedOn: dateOnly(input.changedOn), note: input.note, recordedById: session.userId },
    select: { id: true },
  });
  await tx.volunteer.update({ where: { id: input.volunteerId }, data: { tier: input.tier } });
  return change.id;
}

export async function addTraining(tx: Tx, input: z.output<typeof trainingSchema>): Promise<string> {
  if (!(await tx.volunteer.count({ where: { id: input.volunteerId } }))) throw new NotFoundError();
  const training = await tx.volunteerTraining.create({
    data: { volunteerId: input.volunteerId, kind: input.kind, label: input.label, takenOn: dateOnly(input.takenOn), expiresOn: input.expiresOn ? dateOnly(input.expiresOn) : null },
    select: { id: true },
  });
  return training.id;
}

async function insertShift(tx: Tx, session: SessionUser, volunteerId: string, input: z.output<typeof ownShiftSchema>, honorariumCents: number) {
  const volunteer = await tx.volunteer.findUnique({ where: { id: volunteerId }, select: { active: true } });
  if (!volunteer) throw new NotFoundError();
  if (!volunteer.active) throw new DomainError("programs.errors.volunteerInactive");
  const shift = await tx.volunteerShift.create({
    data: { volunteerId, date: dateOnly(input.date), activity: input.activity, minutes: toMinutes(input.hours), honorariumCents, note: input.note, recordedById: session.userId },
    select: { id: true },
  });
  return shift.id;
}

export async function recordShift(tx: Tx, session: SessionUser, input: z.output<typeof shiftSchema>): Promise<string> {
  return insertShift(tx, session, input.volunteerId, input, toCents(input.honorarium));
}

/** A peer's own shift: the volunteer is the one their account is linked to, never one they name. */
export async function recordOwnShift(tx: Tx, session: SessionUser, input: z.output<typeof ownShiftSchema>): Promise<string> {
  const volunteerId = await ownVolunteerId(tx, session);
  if (!volunteerId) throw new DomainError("programs.errors.noVolunteerRecord");
  return insertShift(tx, session, volunteerId, input, 0);
}

/** Links a PEER account to a volunteer record (or unlinks it). */
export async function linkAccount(tx: Tx, input: z.output<typeof linkAccountSchema>): Promise<void> {
  if (!(await tx.volunteer.count({ where: { id: input.volunteerId } }))) throw new NotFoundError();
  if (input.userId) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, disabled: true, volunteerId: true } });
    if (!user || user.role !== "PEER" || user.disabled) throw new DomainError("programs.errors.peerAccountOnly", { userId: "programs.errors.peerAccountOnly" });
    if (user.volunteerId && user.volunteerId !== input.volunteerId) throw new DomainError("programs.errors.accountLinked", { userId: "programs.errors.accountLinked" });
  }
  await tx.user.updateMany({ where: { volunteerId: input.volunteerId }, data: { volunteerId: null } });
  if (input.userId) await tx.user.update({ where: { id: input.userId }, data: { volunteerId: input.volunteerId } });
}

export async function setVolunteerActive(tx: Tx, input: z.output<typeof setVolunteerActiveSchema>): Promise<void> {
  const updated = await tx.volunteer.updateMany({ where: { id: input.volunteerId }, data: { active: input.active } });
  if (updated.count === 0) throw new NotFoundError();
}

async function ownVolunteerId(client: Tx | PrismaClient, session: SessionUser): Promise<string | null> {
  const user = await client.user.findUnique({ where: { id: session.userId }, select: { volunteerId: true } });
  return user?.volunteerId ?? null;
}

// ------------------------------------------------------------------------------------- queries

export type VolunteerRow = {
  id: string;
  code: string;
  alias: string;
  tier: VolunteerTier;
  active: boolean;
  consentOn: string;
  account: string | null;
  minutes: number;
  /** Null for a role without `money:read` (privacy rule 9): never summed for it. */
  honorariumCents: number | null;
  lastShift: string | null;
  validTrainings: number;
};

type VolunteerFields = Pick<VolunteerRow, "id" | "code" | "alias" | "tier" | "active" | "consentOn" | "account">;

/** What the list and the record show of a volunteer alike. */
function volunteerFields(volunteer: {
  id: string;
  tier: VolunteerTier;
  active: boolean;
  consentOn: Date;
  participant: { code: string; alias: string };
  user: { displayName: string } | null;
}): VolunteerFields {
  return {
    id: volunteer.id,
    code: volunteer.participant.code,
    alias: volunteer.participant.alias,
    tier: volunteer.tier,
    active: volunteer.active,
    consentOn: isoDate(volunteer.consentOn),
    account: volunteer.user?.displayName ?? null,
  };
}

export async function volunteerList(session: SessionUser, today: string): Promise<VolunteerRow[]> {
  requirePermission(session, "programs:read");
  const money = can(session.role, "money:read");
  const [volunteers, totals, trainings] = await Promise.all([
    prisma.volunteer.findMany({
      select: { id: true, tier: true, active: true, consentOn: true, participant: { select: { code: true, alias: true } }, user: { select: { displayName: true } } },
    }),
    // One pass over the shifts; the honoraria are summed only for a role with `money:read`.
    prisma.volunteerShift.groupBy({ by: ["volunteerId"], _sum: { minutes: true, ...(money ? { honorariumCents: true as const } : {}) }, _max: { date: true } }),
    prisma.volunteerTraining.groupBy({ by: ["volunteerId"], where: { OR: [{ expiresOn: null }, { expiresOn: { gte: dateOnly(today) } }] }, _count: { _all: true } }),
  ]);
  const totalOf = new Map(totals.map((row) => [row.volunteerId, row]));
  const trainingsOf = new Map(trainings.map((row) => [row.volunteerId, row._count._all]));
  return volunteers
    .map((volunteer) => {
      const total = totalOf.get(volunteer.id);
      return {
        ...volunteerFields(volunteer),
        minutes: total?._sum.minutes ?? 0,
        honorariumCents: money ? (total?._sum.honorariumCents ?? 0) : null,
        lastShift: total?._max.date ? isoDate(total._max.date) : null,
        validTrainings: trainingsOf.get(volunteer.id) ?? 0,
      };
    })
    .sort((a, b) => Number(b.active) - Number(a.active) || a.alias.localeCompare(b.alias, "fr"));
}

/** `honorariumCents` is null for a role without `money:read`, a peer's own shifts included. */
export type ShiftRow = { id: string; date: string; activity: VolunteerActivity; minutes: number; honorariumCents: number | null; note: string | null };
// Privacy rule 9 says money is the coordinator's alone; a peer's own honorarium is paid to them
// in person, so their page lists hours, not amounts, and staff see no amounts either.
const shiftSelect = (session: SessionUser) => ({ id: true, date: true, activity: true, minutes: true, honorariumCents: can(session.role, "money:read"), note: true }) as const;
const toShift = (shift: Omit<ShiftRow, "date" | "honorariumCents"> & { date: Date; honorariumCents?: number }): ShiftRow => ({
  ...shift,
  honorariumCents: shift.honorariumCents ?? null,
  date: isoDate(shift.date),
});

export type VolunteerDetail = Omit<VolunteerRow, "minutes" | "honorariumCents" | "lastShift" | "validTrainings"> & {
  accountId: string | null;
  tierHistory: { id: string; tier: VolunteerTier; changedOn: string; note: string | null }[];
  trainings: { id: string; kind: TrainingKind; label: string | null; takenOn: string; expiresOn: string | null }[];
  shifts: ShiftRow[];
};

/** One volunteer with tiers, trainings and shifts; the read is an audit row. `shifts`: how many of the latest (all: undefined). */
export async function volunteerDetail(session: SessionUser, volunteerId: string, options: { shifts?: number } = { shifts: 200 }): Promise<VolunteerDetail> {
  requirePermission(session, "programs:read");
  const volunteer = await prisma.volunteer.findUnique({
    where: { id: volunteerId },
    select: {
      id: true,
      tier: true,
      active: true,
      consentOn: true,
      participant: { select: { code: true, alias: true } },
      user: { select: { id: true, displayName: true } },
      tierChanges: { select: { id: true, tier: true, changedOn: true, note: true }, orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }] },
      trainings: { select: { id: true, kind: true, label: true, takenOn: true, expiresOn: true }, orderBy: { takenOn: "desc" } },
      shifts: { select: shiftSelect(session), orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: options.shifts },
    },
  });
  if (!volunteer) throw new NotFoundError();
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "volunteers.read", entity: "Volunteer", entityId: volunteerId, outcome: "SUCCESS" });
  return {
    ...volunteerFields(volunteer),
    accountId: volunteer.user?.id ?? null,
    tierHistory: volunteer.tierChanges.map((change) => ({ ...change, changedOn: isoDate(change.changedOn) })),
    trainings: volunteer.trainings.map((training) => ({ ...training, takenOn: isoDate(training.takenOn), expiresOn: training.expiresOn ? isoDate(training.expiresOn) : null })),
    shifts: volunteer.shifts.map(toShift),
  };
}

/** PEER accounts that may be linked: active, not linked to another volunteer. */
export async function linkableAccounts(session: SessionUser, volunteerId: string) {
  requirePermission(session, "users:manage");
  return prisma.user.findMany({
    where: { role: "PEER", disabled: false, OR: [{ volunteerId: null }, { volunteerId }] },
    select: { id: true, displayName: true, username: true },
    orderBy: { displayName: "asc" },
  });
}

/** A peer's own shifts, and nothing else: the record-level rule of `programs:own-shifts`. */
export async function myShifts(session: SessionUser): Promise<{ linked: boolean; tier: VolunteerTier | null; shifts: ShiftRow[] }> {
  requirePermission(session, "programs:own-shifts");
  const volunteerId = await ownVolunteerId(prisma, session);
  if (!volunteerId) return { linked: false, tier: null, shifts: [] };
  const volunteer = await prisma.volunteer.findUnique({
    where: { id: volunteerId },
    select: { tier: true, shifts: { select: shiftSelect(session), orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 200 } },
  });
  return { linked: true, tier: volunteer?.tier ?? null, shifts: (volunteer?.shifts ?? []).map(toShift) };
}
