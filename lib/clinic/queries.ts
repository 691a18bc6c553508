import "server-only";
import { prisma, type PrismaClient, type Tx } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { siteOf } from "@/lib/sites/sites";
import { nextDoseOf, type DoseGiven } from "@/lib/clinic/dose-schedule";
import { recordsResults, vaccinesOf, type VaccineRow } from "@/lib/clinic/settings";
import { CLINIC_SUPPLY_CATEGORIES } from "@/lib/clinic/commands";
import type { TestKind } from "@/lib/clinic/schemas";
import type { ClinicCareKind, ClinicSessionType, ClinicTestMethod, ClinicTestResult } from "@/lib/generated/prisma/enums";

type Db = Tx | PrismaClient;
type Named = { nameFr: string; nameEn: string };

export type DueItem =
  | { kind: "dose"; vaccineId: string; vaccine: Named; dose: number; doses: number; dueOn: string; due: boolean }
  | { kind: "result"; testId: string; test: TestKind; testedOn: string };

/** A person the encounter form offers: who they are, what is due, and the dose to propose per vaccine. */
export type ClinicCandidate = { id: string; alias: string; code: string; due: DueItem[]; proposals: Record<string, number> };

function requireRead(session: SessionUser) {
  requirePermission(session, "clinic:read");
}

/**
 * What is owed to each of these people: the next dose of every started series (due or not yet)
 * and every test whose result was not given back. Health data: callers decide what leaves.
 */
async function owedTo(db: Db, participantIds: string[], today: string, vaccines: VaccineRow[]): Promise<Map<string, DueItem[]>> {
  const owed = new Map<string, DueItem[]>(participantIds.map((id) => [id, []]));
  if (participantIds.length === 0) return owed;
  const [doses, pending] = await Promise.all([
    db.clinicVaccination.findMany({
      where: { encounter: { participantId: { in: participantIds } } },
      select: { vaccineId: true, dose: true, encounter: { select: { participantId: true, session: { select: { date: true } } } } },
    }),
    db.clinicTest.findMany({
      where: { resultGiven: false, encounter: { participantId: { in: participantIds } } },
      select: { id: true, kind: true, encounter: { select: { participantId: true, session: { select: { date: true } } } } },
      orderBy: { encounter: { occurredAt: "asc" } },
    }),
  ]);
  const given = new Map<string, DoseGiven[]>();
  for (const row of doses) {
    const id = row.encounter.participantId;
    if (!id) continue;
    given.set(id, [...(given.get(id) ?? []), { vaccineId: row.vaccineId, dose: row.dose, date: isoDate(row.encounter.session.date) }]);
  }
  for (const id of participantIds) {
    const list = owed.get(id)!;
    for (const vaccine of vaccines) {
      const next = nextDoseOf({ vaccineId: vaccine.id, scheduleMonths: vaccine.scheduleMonths }, given.get(id) ?? [], today);
      if (next) list.push({ kind: "dose", vaccineId: vaccine.id, vaccine: { nameFr: vaccine.nameFr, nameEn: vaccine.nameEn }, dose: next.dose, doses: vaccine.scheduleMonths.length, dueOn: next.dueOn, due: next.due });
    }
  }
  for (const test of pending) {
    const id = test.encounter.participantId;
    if (id) owed.get(id)?.push({ kind: "result", testId: test.id, test: test.kind, testedOn: isoDate(test.encounter.session.date) });
  }
  return owed;
}

const isDue = (item: DueItem) => item.kind === "result" || item.due;

/**
 * Tonight's list: which of these people to invite to the clinic night. Only a set of ids leaves
 * this function, never why: STAFF and PEER see a neutral flag, nothing more (docs/roles-and-privacy.md).
 */
export async function clinicFollowUpDueAmong(session: SessionUser, participantIds: string[], today: string): Promise<Set<string>> {
  if (!can(session.role, "clinic:flag") || participantIds.length === 0) return new Set();
  const vaccines = await vaccinesOf(prisma, { activeOnly: true });
  const owed = await owedTo(prisma, participantIds, today, vaccines);
  return new Set([...owed.entries()].filter(([, items]) => items.some(isDue)).map(([id]) => id));
}

async function candidatesOf(db: Db, people: { id: string; alias: string; code: string }[], today: string, vaccines: VaccineRow[]): Promise<ClinicCandidate[]> {
  const owed = await owedTo(db, people.map((person) => person.id), today, vaccines);
  return people.map((person) => {
    const due = owed.get(person.id) ?? [];
    const proposals: Record<string, number> = {};
    for (const vaccine of vaccines) {
      const next = due.find((item) => item.kind === "dose" && item.vaccineId === vaccine.id);
      proposals[vaccine.id] = next?.kind === "dose" ? next.dose : 1;
    }
    return { ...person, due, proposals };
  });
}

export type SessionSummary = { id: string; type: ClinicSessionType; date: string; partner: string | null; clinicians: string[]; encounters: number; nightId: string | null };

const sessionSummarySelect = {
  id: true,
  type: true,
  date: true,
  nightId: true,
  partner: { select: { name: true } },
  clinicians: { select: { user: { select: { displayName: true } } } },
  _count: { select: { encounters: true } },
} as const;

function toSummary(row: { id: string; type: ClinicSessionType; date: Date; nightId: string | null; partner: { name: string } | null; clinicians: { user: { displayName: string } }[]; _count: { encounters: number } }): SessionSummary {
  return {
    id: row.id,
    type: row.type,
    date: isoDate(row.date),
    nightId: row.nightId,
    partner: row.partner?.name ?? null,
    clinicians: row.clinicians.map((clinician) => clinician.user.displayName).sort(),
    encounters: row._count.encounters,
  };
}

export type TonightClinic = { date: string; nightId: string | null; sessions: SessionSummary[]; recent: SessionSummary[]; people: ClinicCandidate[] };

/** The clinic screen: tonight's sessions, and tonight's checked-in people with something owed. An audited read. */
export async function tonightClinic(session: SessionUser, today: string): Promise<TonightClinic> {
  const clinic = await tonightClinicUnaudited(session, today);
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "clinic.due.read", entity: "Night", entityId: clinic.nightId, outcome: "SUCCESS" });
  return clinic;
}

/**
 * The same read without its audit row, for a caller that writes its own: the home page
 * (lib/home/shift-summary.ts) writes one "home.read" row for everything a landing shows.
 */
export async function tonightClinicUnaudited(session: SessionUser, today: string): Promise<TonightClinic> {
  requireRead(session);
  const site = await siteOf(session);
  const night = await prisma.night.findUnique({
    where: { siteId_date: { siteId: site.id, date: dateOnly(today) } },
    select: { id: true, visits: { where: { participantId: { not: null } }, select: { participant: { select: { id: true, alias: true, code: true } } }, orderBy: { checkedInAt: "asc" } } },
  });
  const [sessions, recent, vaccines] = await Promise.all([
    prisma.clinicSession.findMany({ where: { date: dateOnly(today) }, select: sessionSummarySelect, orderBy: { createdAt: "asc" } }),
    prisma.clinicSession.findMany({ where: { date: { lt: dateOnly(today) } }, select: sessionSummarySelect, orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 20 }),
    vaccinesOf(prisma, { activeOnly: true }),
  ]);
  const people = (night?.visits ?? []).flatMap((visit) => (visit.participant ? [visit.participant] : []));
  const candidates = await candidatesOf(prisma, people, today, vaccines);
  return {
    date: today,
    nightId: night?.id ?? null,
    sessions: sessions.map(toSummary),
    recent: recent.map(toSummary),
    people: candidates.filter((candidate) => candidate.due.some(isDue)),
  };
}

export type EncounterRow = {
  id: string;
  occurredAt: Date;
  date: string;
  sessionType: ClinicSessionType;
  participant: { id: string; alias: string; code: string } | null;
  tests: { id: string; kind: TestKind; method: ClinicTestMethod | null; resultGiven: boolean; result: ClinicTestResult | null }[];
  vaccinations: { vaccine: Named; dose: number; doses: number }[];
  otherVaccine: string | null;
  care: ClinicCareKind[];
  supplies: { item: Named; quantity: number }[];
  referral: { partner: string | null } | null;
  notes: string | null;
};

const encounterSelect = {
  id: true,
  occurredAt: true,
  care: true,
  otherVaccine: true,
  notes: true,
  session: { select: { type: true, date: true } },
  participant: { select: { id: true, alias: true, code: true } },
  tests: { select: { id: true, kind: true, method: true, resultGiven: true, result: true }, orderBy: { kind: "asc" } },
  vaccinations: { select: { dose: true, vaccine: { select: { nameFr: true, nameEn: true, scheduleMonths: true } } } },
  supplies: { select: { quantity: true, item: { select: { nameFr: true, nameEn: true } } } },
  referral: { select: { partner: { select: { name: true } } } },
} as const;

type EncounterSelected = {
  id: string;
  occurredAt: Date;
  care: ClinicCareKind[];
  otherVaccine: string | null;
  notes: string | null;
  session: { type: ClinicSessionType; date: Date };
  participant: { id: string; alias: string; code: string } | null;
  tests: { id: string; kind: TestKind; method: ClinicTestMethod | null; resultGiven: boolean; result: ClinicTestResult | null }[];
  vaccinations: { dose: number; vaccine: { nameFr: string; nameEn: string; scheduleMonths: number[] } }[];
  supplies: { quantity: number; item: Named }[];
  referral: { partner: { name: string } | null } | null;
};

function toEncounterRow(row: EncounterSelected): EncounterRow {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    date: isoDate(row.session.date),
    sessionType: row.session.type,
    participant: row.participant,
    tests: row.tests,
    vaccinations: row.vaccinations.map((vaccination) => ({ vaccine: { nameFr: vaccination.vaccine.nameFr, nameEn: vaccination.vaccine.nameEn }, dose: vaccination.dose, doses: vaccination.vaccine.scheduleMonths.length })),
    otherVaccine: row.otherVaccine,
    care: row.care,
    supplies: row.supplies.map((supply) => ({ item: supply.item, quantity: -supply.quantity })),
    referral: row.referral ? { partner: row.referral.partner?.name ?? null } : null,
    notes: row.notes,
  };
}

export type SessionDetail = Omit<SessionSummary, "encounters"> & { notes: string | null; encounters: EncounterRow[]; candidates: ClinicCandidate[]; recordsResults: boolean };

/** One clinic session with its encounters and the people the encounter form offers. An audited read. */
export async function sessionDetail(session: SessionUser, sessionId: string, today: string): Promise<SessionDetail | null> {
  requireRead(session);
  const row = await prisma.clinicSession.findUnique({ where: { id: sessionId }, select: { ...sessionSummarySelect, notes: true } });
  if (!row) return null;
  const [encounters, vaccines, visits, recording] = await Promise.all([
    prisma.clinicEncounter.findMany({ where: { sessionId }, select: encounterSelect, orderBy: { occurredAt: "desc" } }),
    vaccinesOf(prisma, { activeOnly: true }),
    row.nightId
      ? prisma.visit.findMany({ where: { nightId: row.nightId, participantId: { not: null } }, select: { participant: { select: { id: true, alias: true, code: true } } }, orderBy: { checkedInAt: "asc" } })
      : Promise.resolve([]),
    recordsResults(prisma),
  ]);
  const people = visits.flatMap((visit) => (visit.participant ? [visit.participant] : []));
  const candidates = await candidatesOf(prisma, people, today, vaccines);
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "clinic.session.read", entity: "ClinicSession", entityId: sessionId, outcome: "SUCCESS" });
  return { ...toSummary(row), notes: row.notes, encounters: encounters.map(toEncounterRow), candidates, recordsResults: recording };
}

/** `encounterCount`: all of the person's encounters, when `encounters` holds only the latest. */
export type ClinicHistory = { encounters: EncounterRow[]; encounterCount: number; owed: DueItem[]; recordsResults: boolean };

/** A participant's clinic history on their profile (HEALTH only). An audited read. */
/** `limit`: the page shows the most recent encounters (100 by default); the export passes none. */
export async function clinicHistoryOf(session: SessionUser, participantId: string, today: string, options: { limit?: number } = { limit: 100 }): Promise<ClinicHistory> {
  requireRead(session);
  const [encounters, encounterCount, vaccines, recording] = await Promise.all([
    prisma.clinicEncounter.findMany({ where: { participantId }, select: encounterSelect, orderBy: { occurredAt: "desc" }, take: options.limit }),
    prisma.clinicEncounter.count({ where: { participantId } }),
    vaccinesOf(prisma, { activeOnly: true }),
    recordsResults(prisma),
  ]);
  const owed = (await owedTo(prisma, [participantId], today, vaccines)).get(participantId) ?? [];
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "clinic.history.read", entity: "Participant", entityId: participantId, outcome: "SUCCESS" });
  return { encounters: encounters.map(toEncounterRow), encounterCount, owed, recordsResults: recording };
}

/** The vaccine list for the encounter form and the settings page. */
export async function clinicVaccines(session: SessionUser, options: { activeOnly: boolean }): Promise<VaccineRow[]> {
  requireRead(session);
  return vaccinesOf(prisma, options);
}

export async function clinicSettings(session: SessionUser): Promise<{ recordsResults: boolean; vaccines: VaccineRow[] }> {
  requirePermission(session, "clinic:settings");
  const [recording, vaccines] = await Promise.all([recordsResults(prisma), vaccinesOf(prisma, { activeOnly: false })]);
  return { recordsResults: recording, vaccines };
}

export type ClinicSupply = Named & { id: string; onHand: number };

/** Harm-reduction and hygiene supplies the health team may hand out, with what is on the shelf. */
export async function clinicSupplies(session: SessionUser): Promise<ClinicSupply[]> {
  requirePermission(session, "stock:clinic");
  const items = await prisma.catalogueItem.findMany({
    where: { active: true, sizes: { isEmpty: true }, category: { in: [...CLINIC_SUPPLY_CATEGORIES] } },
    select: { id: true, nameFr: true, nameEn: true, levels: { select: { onHand: true } } },
    orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
  });
  return items.map(({ levels, ...item }) => ({ ...item, onHand: levels.reduce((sum, level) => sum + level.onHand, 0) }));
}

/** Health workers who may be named present at a session. */
export async function clinicians(session: SessionUser): Promise<{ id: string; displayName: string }[]> {
  requirePermission(session, "clinic:write");
  return prisma.user.findMany({ where: { role: "HEALTH", disabled: false }, select: { id: true, displayName: true }, orderBy: { displayName: "asc" } });
}
