// The clinic side of the demo's two years (seed 001): the mobile health unit one evening a week and
// the dental clinic once a week, 52 of each a year, attached to the drop-in's nights, plus a few vaccination
// clinics at a partner's venue. HIV and STI testing, hepatitis A and B series in progress, flu in
// season, foot and wound care, dental care; some people checked in tonight have a dose due.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, isoDate, nightDateOf } from "../../../lib/nights/local-date.ts";
import { localTimeToUtc } from "../../../lib/nights/zoned-time.ts";
import { addMonths } from "../../../lib/clinic/dose-schedule.ts";
import { seededRandom, type Random } from "./random.ts";
import { HISTORY_YEARS } from "./history-span.ts";

type Row = Record<string, unknown>;
type Series = { start: string; highest: number };

const NOTES = [
  "Ampoules aux deux pieds, pansements et conseils de chaussures.",
  "Plaie à l'avant-bras propre, pansement refait.",
  "Toux depuis deux semaines : orienté vers la clinique.",
  "Demande d'information sur la PrEP.",
  "Douleur dentaire, antalgique conseillé.",
  "Counselling pré et post-test.",
];
const PER_SESSION = { MOBILE_UNIT: [5, 10], DENTAL: [3, 6] } as const;

export async function seedClinic(prisma: PrismaClient, options: { today: Date; timeZone: string }) {
  const random = seededRandom(5150);
  const today = nightDateOf(options.today, options.timeZone);
  const health = await prisma.user.findFirst({ where: { role: "HEALTH", disabled: false }, select: { id: true } });
  const vaccines = new Map((await prisma.clinicVaccine.findMany({ select: { id: true, key: true, scheduleMonths: true } })).map((vaccine) => [vaccine.key, vaccine]));
  const partners = await prisma.partnerOrganisation.findMany({ where: { domains: { has: "PHYSICAL_HEALTH" } }, select: { id: true }, orderBy: { name: "asc" } });
  const nights = await prisma.night.findMany({
    select: { id: true, date: true, openedAt: true, visits: { where: { participantId: { not: null } }, select: { participantId: true }, orderBy: { checkedInAt: "asc" } } },
    orderBy: { date: "asc" },
  });
  if (nights.length < 4 || vaccines.size === 0) return { sessions: 0, encounters: 0 };

  // 52 mobile unit and 52 dental nights a year spread over the history, never on the same night;
  // tonight (the last night, when it is open) has the mobile unit.
  const each = Math.round(52 * HISTORY_YEARS);
  const spacing = (nights.length - 1) / each;
  const mobile = new Set(Array.from({ length: each }, (_, index) => Math.round((index + 1) * spacing)));
  const dental = new Set(Array.from({ length: each }, (_, index) => Math.round(index * spacing + spacing / 2)).filter((at) => !mobile.has(at)));

  const rows = { sessions: [] as Row[], clinicians: [] as Row[], encounters: [] as Row[], tests: [] as Row[], vaccinations: [] as Row[], referrals: [] as Row[], supplies: [] as Row[] };
  const series = new Map<string, Map<string, Series>>();
  const pendingTests: { id: string; participantId: string | null; date: string }[] = [];
  const stock = await supplyBudget(prisma);

  const addSession = (type: string, date: string, nightId: string | null, partnerId: string | null, notes: string | null) => {
    const id = random.uuid();
    rows.sessions.push({ id, type, date: dateOnly(date), nightId, partnerId, notes, createdById: health?.id ?? null, createdAt: localTimeToUtc(date, "17:30", options.timeZone) });
    if (health) rows.clinicians.push({ sessionId: id, userId: health.id });
    return id;
  };
  const giveDose = (encounterId: string, participantId: string | null, key: string, dose: number, date: string) => {
    const vaccine = vaccines.get(key);
    if (!vaccine) return;
    rows.vaccinations.push({ id: random.uuid(), encounterId, vaccineId: vaccine.id, dose });
    if (!participantId) return;
    const own = series.get(participantId) ?? new Map<string, Series>();
    own.set(key, dose === 1 ? { start: date, highest: 1 } : { start: own.get(key)?.start ?? date, highest: dose });
    series.set(participantId, own);
  };
  /** The dose of a started series that is due by `date`, if any. */
  const dueDose = (participantId: string | null, date: string): { key: string; dose: number } | null => {
    if (!participantId) return null;
    for (const [key, state] of series.get(participantId) ?? []) {
      const months = vaccines.get(key)?.scheduleMonths ?? [];
      if (state.highest < months.length && addMonths(state.start, months[state.highest] ?? 0) <= date) return { key, dose: state.highest + 1 };
    }
    return null;
  };

  for (const [index, night] of nights.entries()) {
    const type = mobile.has(index) ? "MOBILE_UNIT" : dental.has(index) ? "DENTAL" : null;
    if (!type) continue;
    const date = isoDate(night.date);
    const tonight = date === today;
    const partnerId = type === "MOBILE_UNIT" && partners.length > 0 ? partners[index % partners.length]!.id : null;
    const sessionId = addSession(type, date, night.id, partnerId, type === "DENTAL" ? "Étudiantes et étudiants en médecine dentaire, avec superviseure." : null);
    const [min, max] = PER_SESSION[type];
    const count = tonight ? Math.min(2, night.visits.length) : random.int(min, max);
    const people = [...night.visits.map((visit) => visit.participantId)];
    for (let made = 0; made < count; made++) {
      const participantId = random.chance(0.12) || people.length === 0 ? null : people.splice(random.int(0, people.length - 1), 1)[0]!;
      const encounterId = random.uuid();
      const occurredAt = tonight ? new Date(Math.min(options.today.getTime(), night.openedAt.getTime() + (15 + made * 12) * 60_000)) : new Date(night.openedAt.getTime() + random.int(20, 220) * 60_000);
      const care: string[] = [];
      let services = 0;
      if (type === "DENTAL") {
        care.push("DENTAL_EXAM");
        if (random.chance(0.4)) care.push("DENTAL_CLEANING");
        if (random.chance(0.15)) care.push("DENTAL_EXTRACTION");
        if (random.chance(0.15)) care.push("DENTAL_REFERRAL");
        services++;
      } else {
        services += seedTests(random, rows.tests, pendingTests, encounterId, participantId, date);
        const due = dueDose(participantId, date);
        if (due && random.chance(0.85)) {
          giveDose(encounterId, participantId, due.key, due.dose, date);
          services++;
        } else if (random.chance(0.35)) {
          const month = Number(date.slice(5, 7));
          const started = participantId ? series.get(participantId) : undefined;
          const key = [10, 11, 12, 1, 2].includes(month) && random.chance(0.5) ? "flu" : started?.has("hep-ab") || started?.has("hep-b") ? random.pick(["covid-19", "mpox", "hpv"]) : random.pick(["hep-ab", "hep-ab", "hep-b", "hep-a"]);
          giveDose(encounterId, participantId, key, 1, date);
          services++;
        }
        if (random.chance(0.15)) care.push("FOOT_CARE");
        if (random.chance(0.1)) care.push("WOUND_CARE");
        if (random.chance(0.08)) care.push("MINOR_INJURY");
        services += care.length;
        if (random.chance(0.3)) services += seedSupplies(random, rows.supplies, stock, encounterId, occurredAt, health?.id ?? null);
        if (participantId && partners.length > 0 && random.chance(0.08)) {
          rows.referrals.push({
            participantId,
            domain: "PHYSICAL_HEALTH",
            partnerId: random.pick(partners).id,
            referredOn: dateOnly(date),
            status: tonight ? "REFERRED" : random.pick(["CONNECTED", "CONNECTED", "REFERRED", "NOT_CONNECTED"]),
            staffId: health?.id ?? null,
            medical: true,
            clinicEncounterId: encounterId,
          });
          services++;
        }
        if (services === 0) {
          rows.tests.push({ id: random.uuid(), encounterId, kind: "HIV", method: "RAPID", resultGiven: true, resultGivenAt: occurredAt });
        }
      }
      rows.encounters.push({ id: encounterId, sessionId, participantId, occurredAt, recordedById: health?.id ?? null, care, notes: random.chance(0.2) ? random.pick(NOTES) : null });
    }
  }

  // Vaccination clinics backstage at partner venues (no drop-in night): mostly anonymous.
  for (let index = 0; index < Math.round(8 * HISTORY_YEARS) && partners.length > 0; index++) {
    const date = addDays(today, -20 - index * 40);
    const sessionId = addSession("PARTNER_VACCINATION", date, null, partners[(index * 3) % partners.length]!.id, "Clinique de vaccination en coulisses d'un bar.");
    for (let made = random.int(4, 8); made > 0; made--) {
      const encounterId = random.uuid();
      rows.encounters.push({ id: encounterId, sessionId, participantId: null, occurredAt: localTimeToUtc(date, "21:00", options.timeZone), recordedById: health?.id ?? null, care: [], notes: null });
      giveDose(encounterId, null, random.pick(["hep-ab", "hep-ab", "hep-a", "hep-b"]), 1, date);
    }
  }

  // Lab results go back at a later night; the last few weeks' are still to give.
  for (const test of pendingTests) {
    if (test.date < addDays(today, -21) && random.chance(0.9)) {
      const row = rows.tests.find((candidate) => candidate.id === test.id)!;
      row.resultGiven = true;
      row.resultGivenAt = localTimeToUtc(addDays(test.date, 14), "19:30", options.timeZone);
    }
  }

  // Tonight: a few people checked in started a hepatitis A and B series a month or more ago.
  const tonightNight = nights.at(-1);
  if (tonightNight && isoDate(tonightNight.date) === today) {
    const earlier = rows.sessions.filter((session) => session.type === "MOBILE_UNIT" && isoDate(session.date as Date) <= addDays(today, -35)).at(-1);
    const candidates = tonightNight.visits.map((visit) => visit.participantId!).filter((id) => !series.get(id)?.has("hep-ab") && !dueDose(id, today));
    for (const participantId of earlier ? candidates.slice(0, 3) : []) {
      const date = isoDate(earlier!.date as Date);
      const encounterId = random.uuid();
      rows.encounters.push({ id: encounterId, sessionId: earlier!.id, participantId, occurredAt: localTimeToUtc(date, "19:45", options.timeZone), recordedById: health?.id ?? null, care: [], notes: null });
      giveDose(encounterId, participantId, "hep-ab", 1, date);
    }
  }

  await prisma.clinicSession.createMany({ data: rows.sessions as never });
  await prisma.clinicSessionClinician.createMany({ data: rows.clinicians as never });
  for (let start = 0; start < rows.encounters.length; start += 1000) await prisma.clinicEncounter.createMany({ data: rows.encounters.slice(start, start + 1000) as never });
  await prisma.clinicTest.createMany({ data: rows.tests as never });
  await prisma.clinicVaccination.createMany({ data: rows.vaccinations as never });
  await prisma.referral.createMany({ data: rows.referrals as never });
  await prisma.stockMovement.createMany({ data: rows.supplies as never });
  return { sessions: rows.sessions.length, encounters: rows.encounters.length };
}

function seedTests(random: Random, tests: Row[], pending: { id: string; participantId: string | null; date: string }[], encounterId: string, participantId: string | null, date: string): number {
  let done = 0;
  const add = (kind: string, method: string | null, given: boolean) => {
    const id = random.uuid();
    tests.push({ id, encounterId, kind, method, resultGiven: given, resultGivenAt: null });
    if (!given) pending.push({ id, participantId, date });
    done++;
  };
  if (random.chance(0.35)) {
    const rapid = random.chance(0.7);
    add("HIV", rapid ? "RAPID" : "LAB", rapid);
  }
  if (random.chance(0.3)) {
    add("CHLAMYDIA", null, false);
    add("GONORRHEA", null, false);
  }
  if (random.chance(0.2)) add("SYPHILIS", null, false);
  if (random.chance(0.2)) add("HEPATITIS_C", null, false);
  // An anonymous person's lab result is given back by the number on their slip: nothing to flag.
  if (!participantId) for (const row of tests.slice(tests.length - done)) row.resultGiven = true;
  return done;
}

type Budget = Map<string, { id: string; spare: number }>;

/** What each clinic supply may lose without dropping under its low-stock threshold. */
async function supplyBudget(prisma: PrismaClient): Promise<Budget> {
  const items = await prisma.catalogueItem.findMany({
    where: { key: { in: ["condoms", "lube", "alcohol-swabs", "sterile-water", "safer-sex-pamphlet"] } },
    select: { id: true, key: true, lowStockThreshold: true, levels: { select: { onHand: true } } },
  });
  return new Map(items.map((item) => [item.key, { id: item.id, spare: item.levels.reduce((sum, level) => sum + level.onHand, 0) - item.lowStockThreshold }]));
}

function seedSupplies(random: Random, supplies: Row[], budget: Budget, encounterId: string, occurredAt: Date, recordedById: string | null): number {
  const key = random.pick(["condoms", "condoms", "lube", "alcohol-swabs", "sterile-water", "safer-sex-pamphlet"]);
  const item = budget.get(key);
  const quantity = key === "condoms" ? random.int(5, 15) : random.int(1, 5);
  if (!item || item.spare < quantity) return 0;
  item.spare -= quantity;
  supplies.push({ id: random.uuid(), itemId: item.id, size: "", kind: "DISTRIBUTED", quantity: -quantity, clinicEncounterId: encounterId, occurredAt, recordedById });
  return 1;
}
