import "server-only";
import { assertNotAnonymised } from "@/lib/participants/not-anonymised";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { can } from "@/lib/auth/permissions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly, isoDate, nightDateOf } from "@/lib/nights/local-date";
import { localTimeToUtc } from "@/lib/nights/zoned-time";
import { siteOf } from "@/lib/sites/sites";
import { recordMovement, stockItem, type Locale } from "@/lib/stock/ledger";
import { doseInSchedule } from "@/lib/clinic/dose-schedule";
import { recordsResults } from "@/lib/clinic/settings";
import { TEST_KINDS, type encounterSchema, type giveResultSchema, type newSessionSchema, type vaccineSchema } from "@/lib/clinic/schemas";
import { uniqueKeyFrom } from "@/lib/text/unique-key";

/** Items the health team may hand out from the stock during an encounter. */
export const CLINIC_SUPPLY_CATEGORIES = ["HARM_REDUCTION", "HYGIENE"] as const;

/**
 * Starts a clinic session. At the centre it is tied to that evening's night when there is one;
 * starting the same kind of clinic twice for one night returns the first (two tablets in the van).
 * Never in the future: a session is recorded once it is held.
 */
export async function createSession(tx: Tx, session: SessionUser, input: z.output<typeof newSessionSchema>, now: Date, timeZone: string): Promise<string> {
  const today = nightDateOf(now, timeZone);
  if (input.date > today) throw new DomainError("clinic.errors.futureDate", { date: "clinic.errors.futureDate" }, { today });
  if (input.partnerId) {
    const partner = await tx.partnerOrganisation.findUnique({ where: { id: input.partnerId }, select: { active: true } });
    if (!partner?.active) throw new DomainError("errors.unknownPartner", { partnerId: "errors.unknownPartner" });
  }
  const clinicianIds = [...new Set([session.userId, ...input.clinicianIds])];
  const clinicians = await tx.user.count({ where: { id: { in: clinicianIds }, role: "HEALTH", disabled: false } });
  if (clinicians !== clinicianIds.length) throw new DomainError("clinic.errors.notClinician", { clinicianIds: "clinic.errors.notClinician" });

  let nightId: string | null = null;
  if (input.type !== "PARTNER_VACCINATION") {
    const site = await siteOf(session, tx);
    const night = await tx.night.findUnique({ where: { siteId_date: { siteId: site.id, date: dateOnly(input.date) } }, select: { id: true } });
    nightId = night?.id ?? null;
  }
  if (nightId) {
    const existing = await tx.clinicSession.findUnique({ where: { nightId_type: { nightId, type: input.type } }, select: { id: true } });
    if (existing) {
      await tx.clinicSessionClinician.createMany({ data: clinicianIds.map((userId) => ({ sessionId: existing.id, userId })), skipDuplicates: true });
      return existing.id;
    }
  }
  const created = await tx.clinicSession.create({
    data: {
      type: input.type,
      date: dateOnly(input.date),
      nightId,
      partnerId: input.partnerId,
      notes: input.notes,
      createdById: session.userId,
      clinicians: { create: clinicianIds.map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * One encounter and everything done in it, in one transaction: tests, vaccinations (each dose
 * within its vaccine's schedule), care, supplies out of the stock ledger, and a medical referral.
 */
export async function recordEncounter(
  tx: Tx,
  session: SessionUser,
  input: z.output<typeof encounterSchema>,
  now: Date,
  timeZone: string,
  locale: Locale,
): Promise<string> {
  const clinic = await tx.clinicSession.findUnique({ where: { id: input.sessionId }, select: { id: true, date: true } });
  if (!clinic) throw new NotFoundError();
  if (input.participantId) {
    await assertNotAnonymised(tx, input.participantId, "participantId");
  }
  const results = TEST_KINDS.filter((kind) => input.tests[kind].result);
  if (results.length > 0 && !(await recordsResults(tx))) {
    throw new DomainError("clinic.errors.resultsOff", { [`tests.${results[0]}.result`]: "clinic.errors.resultsOff" });
  }
  if (input.referralPartnerId && !input.participantId) {
    throw new DomainError("clinic.errors.referralNeedsParticipant", { referralPartnerId: "clinic.errors.referralNeedsParticipant" });
  }

  const vaccines = await tx.clinicVaccine.findMany({
    where: { id: { in: input.vaccinations.map((vaccination) => vaccination.vaccineId) }, active: true },
    select: { id: true, nameFr: true, nameEn: true, scheduleMonths: true },
  });
  input.vaccinations.forEach((vaccination, index) => {
    const vaccine = vaccines.find((candidate) => candidate.id === vaccination.vaccineId);
    if (!vaccine) throw new DomainError("clinic.errors.unknownVaccine", { [`vaccinations.${index}.vaccineId`]: "clinic.errors.unknownVaccine" });
    if (!doseInSchedule(vaccine.scheduleMonths, vaccination.dose)) {
      const values = { vaccine: locale === "en" ? vaccine.nameEn : vaccine.nameFr, doses: vaccine.scheduleMonths.length };
      throw new DomainError("clinic.errors.doseOutsideSchedule", { [`vaccinations.${index}.dose`]: "clinic.errors.doseOutsideSchedule" }, values);
    }
  });

  const date = isoDate(clinic.date);
  // Entered the same evening: the moment it was recorded; entered later: that evening.
  const occurredAt = date === nightDateOf(now, timeZone) ? now : localTimeToUtc(date, "19:00", timeZone);
  const encounter = await tx.clinicEncounter.create({
    data: {
      sessionId: clinic.id,
      participantId: input.participantId,
      occurredAt,
      recordedById: session.userId,
      care: input.care,
      otherVaccine: input.otherVaccine,
      notes: input.notes,
      tests: {
        create: TEST_KINDS.filter((kind) => input.tests[kind].done).map((kind) => ({
          kind,
          method: kind === "HIV" ? input.tests.HIV.method : null,
          resultGiven: input.tests[kind].resultGiven,
          resultGivenAt: input.tests[kind].resultGiven ? occurredAt : null,
          result: input.tests[kind].result,
        })),
      },
      vaccinations: { create: input.vaccinations.map((vaccination) => ({ vaccineId: vaccination.vaccineId, dose: vaccination.dose })) },
    },
    select: { id: true },
  });

  if (input.supplies.length > 0 && !can(session.role, "stock:clinic")) throw new DomainError("errors.forbidden");
  for (const [index, supply] of input.supplies.entries()) {
    const item = await stockItem(tx, supply.itemId);
    if (!item.active || item.sizes.length > 0 || !(CLINIC_SUPPLY_CATEGORIES as readonly string[]).includes(item.category)) {
      throw new DomainError("clinic.errors.notClinicSupply", { [`supplies.${index}.itemId`]: "clinic.errors.notClinicSupply" });
    }
    await recordMovement(
      tx,
      { itemId: item.id, size: "", kind: "DISTRIBUTED", quantity: -supply.quantity, clinicEncounterId: encounter.id, occurredAt, recordedById: session.userId },
      item,
      locale,
    );
  }

  if (input.referralPartnerId && input.participantId) {
    const partner = await tx.partnerOrganisation.findUnique({ where: { id: input.referralPartnerId }, select: { active: true } });
    if (!partner?.active) throw new DomainError("errors.unknownPartner", { referralPartnerId: "errors.unknownPartner" });
    await tx.referral.create({
      data: {
        participantId: input.participantId,
        domain: "PHYSICAL_HEALTH",
        partnerId: input.referralPartnerId,
        referredOn: clinic.date,
        status: "REFERRED",
        staffId: session.userId,
        medical: true,
        clinicEncounterId: encounter.id,
      },
    });
  }
  return encounter.id;
}

/** A result given back at a later clinic night; the result itself only when the team records them. */
export async function giveResult(tx: Tx, input: z.output<typeof giveResultSchema>, now: Date): Promise<string> {
  const test = await tx.clinicTest.findUnique({ where: { id: input.testId }, select: { id: true, resultGiven: true } });
  if (!test) throw new NotFoundError();
  if (test.resultGiven) throw new DomainError("clinic.errors.resultAlreadyGiven");
  if (input.result && !(await recordsResults(tx))) throw new DomainError("clinic.errors.resultsOff", { result: "clinic.errors.resultsOff" });
  await tx.clinicTest.update({ where: { id: test.id }, data: { resultGiven: true, resultGivenAt: now, result: input.result } });
  return test.id;
}

/** Adds a vaccine to the list or changes one: names, schedule, offered or not. */
export async function saveVaccine(tx: Tx, input: z.output<typeof vaccineSchema>): Promise<string> {
  const data = { nameFr: input.nameFr, nameEn: input.nameEn, scheduleMonths: input.schedule, active: input.active };
  if (input.vaccineId) {
    const existing = await tx.clinicVaccine.findUnique({ where: { id: input.vaccineId }, select: { id: true } });
    if (!existing) throw new NotFoundError();
    // A dose already given must stay inside the schedule.
    const highest = await tx.clinicVaccination.aggregate({ where: { vaccineId: input.vaccineId }, _max: { dose: true } });
    if ((highest._max.dose ?? 0) > input.schedule.length) {
      throw new DomainError("clinic.errors.scheduleTooShort", { schedule: "clinic.errors.scheduleTooShort" }, { doses: highest._max.dose ?? 0 });
    }
    await tx.clinicVaccine.update({ where: { id: input.vaccineId }, data });
    return input.vaccineId;
  }
  const key = await uniqueKeyFrom(input.nameEn, "vaccine", async (candidate) => (await tx.clinicVaccine.count({ where: { key: candidate } })) > 0);
  const count = await tx.clinicVaccine.count();
  const created = await tx.clinicVaccine.create({ data: { ...data, key, sortOrder: 100 + count }, select: { id: true } });
  return created.id;
}
