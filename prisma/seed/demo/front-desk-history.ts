// Two years of the drop-in at RÉZO's scale (seed 001; the span in history-span.ts): four evenings
// a week, about 22 visits a night and 3,800 a year, closed over the holidays and for a summer
// break. Regulars come often, many people come once or twice, a few decline a record.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { generateCode } from "../../../lib/participants/code.ts";
import { addDays, dateOnly, isoWeekday, nightDateOf } from "../../../lib/nights/local-date.ts";
import { localTimeToUtc } from "../../../lib/nights/zoned-time.ts";
import {
  AGE_BANDS,
  CONSENT_SCOPES,
  GENDER_IDENTITIES,
  HEARD_FROM,
  HOUSING_SITUATIONS,
  IMMEDIATE_NEEDS,
  LONG_TERM_NEEDS,
} from "../../../lib/participants/schemas.ts";
import { ALIAS_SECOND_WORDS, ALIAS_WORDS, STAFF_NOTES } from "./aliases.ts";
import { seededRandom, type Random } from "./random.ts";
import { firstSite, participantRow, searchTermRows } from "../factories.ts";
import { HISTORY_DAYS } from "./history-span.ts";

type Row = Record<string, unknown>;
type Person = { id: string; code: string; alias: string; weight: number; visits: number };

export type HistoryOptions = { today: Date; timeZone: string; staffIds: string[] };

function isClosed(isoDate: string): boolean {
  const monthDay = isoDate.slice(5);
  const holidays = monthDay >= "12-22" || monthDay <= "01-05";
  const summerBreak = monthDay >= "07-06" && monthDay <= "08-16";
  return holidays || summerBreak;
}

function sampleSome<T>(random: Random, items: readonly T[], probability: number): T[] {
  return items.filter(() => random.chance(probability));
}

function newPerson(random: Random, codes: Set<string>): Person & { row: Row } {
  let code = generateCode((max) => Math.floor(random.next() * max));
  while (codes.has(code)) code = generateCode((max) => Math.floor(random.next() * max));
  codes.add(code);
  const alias = random.chance(0.35) ? `${random.pick(ALIAS_WORDS)} ${random.pick(ALIAS_SECOND_WORDS)}` : random.pick(ALIAS_WORDS);
  const id = random.uuid();
  const gender = random.chance(0.7) ? random.pick(GENDER_IDENTITIES.slice(0, 6)) : null;
  return {
    id,
    code,
    alias,
    // A few regulars carry most visits, as at every drop-in.
    weight: random.chance(0.15) ? random.int(20, 60) : random.chance(0.4) ? random.int(4, 12) : 1,
    visits: 0,
    row: participantRow({
      id,
      code,
      alias,
      ageBand: random.chance(0.7) ? random.pick(AGE_BANDS.slice(1)) : null,
      genderIdentity: gender,
      pronouns: gender === "MAN" && random.chance(0.4) ? "il" : gender === "NON_BINARY" ? "iel" : null,
      preferredLanguage: random.chance(0.9) ? random.pick(["FRENCH", "FRENCH", "FRENCH", "ENGLISH", "OTHER"] as const) : null,
      heardFrom: random.chance(0.8) ? random.pick(HEARD_FROM) : null,
    }),
  };
}

export async function seedFrontDeskHistory(prisma: PrismaClient, options: HistoryOptions) {
  const random = seededRandom(20261126);
  const site = await firstSite(prisma);
  const items = await prisma.catalogueItem.findMany({ select: { id: true, key: true, sizes: true } });
  const item = (key: string) => items.find((candidate) => candidate.key === key);
  const today = nightDateOf(options.today, options.timeZone);

  const people: Person[] = [];
  const codes = new Set<string>();
  const rows = { participants: [] as Row[], terms: [] as Row[], intakes: [] as Row[], nights: [] as Row[], shifts: [] as Row[], visits: [] as Row[], services: [] as Row[], distributions: [] as Row[] };
  const firstLast = new Map<string, { first: string; last: string }>();

  for (let offset = HISTORY_DAYS; offset >= 0; offset--) {
    const date = addDays(today, -offset);
    if (!site.openWeekdays.includes(isoWeekday(date)) || isClosed(date)) continue;
    const tonight = offset === 0;
    const opensAt = localTimeToUtc(date, site.opensAt, options.timeZone);
    // Tonight's night exists only once the doors have opened.
    if (tonight && options.today < opensAt) continue;
    const nightId = random.uuid();
    rows.nights.push({
      id: nightId,
      siteId: site.id,
      date: dateOnly(date),
      openedAt: opensAt,
      openedById: options.staffIds[0] ?? null,
      closedAt: tonight ? null : new Date(opensAt.getTime() + 4 * 3600_000 + random.int(0, 20) * 60_000),
      closedById: tonight ? null : (options.staffIds[0] ?? null),
      openSiteId: tonight ? site.id : null,
      closingNote: tonight ? null : random.chance(0.2) ? random.pick(["Soirée calme.", "Beaucoup de monde pour le repas.", "Atelier apprécié.", "Froid : manteaux très demandés."]) : null,
    });
    for (const userId of options.staffIds) rows.shifts.push({ nightId, userId });

    // Tonight is still under way: only the first arrivals are in.
    const planned = Math.max(10, Math.min(32, Math.round(random.normal(22, 4))));
    const count = tonight ? Math.min(planned, 8) : planned;
    const newcomers = Math.min(count, people.length < 40 ? 12 : random.poisson(2.2));
    const anonymous = Array.from({ length: count - newcomers }, () => random.chance(0.07)).filter(Boolean).length;
    const regulars = count - newcomers - anonymous;

    const tonightPeople: Person[] = [];
    for (let index = 0; index < newcomers; index++) {
      const person = newPerson(random, codes);
      people.push(person);
      rows.participants.push(person.row);
      rows.terms.push(...searchTermRows(person));
      const scope = random.pick(CONSENT_SCOPES);
      rows.intakes.push({
        id: random.uuid(),
        participantId: person.id,
        recordedAt: new Date(opensAt.getTime() + random.int(0, 200) * 60_000),
        recordedById: options.staffIds[0] ?? null,
        consentScope: scope,
        consentDate: dateOnly(date),
        immediateNeeds: scope === "VISITS_ONLY" ? [] : sampleSome(random, IMMEDIATE_NEEDS, 0.35),
        longTermNeeds: scope === "VISITS_ONLY" ? [] : sampleSome(random, LONG_TERM_NEEDS, 0.2),
        housing: scope === "VISITS_ONLY" ? null : random.pick(HOUSING_SITUATIONS),
        note: scope === "NEEDS_AND_NOTES" ? random.pick(STAFF_NOTES) : null,
      });
      tonightPeople.push(person);
    }
    const pool = people.filter((person) => !tonightPeople.includes(person));
    for (let index = 0; index < regulars && pool.length > 0; index++) {
      const total = pool.reduce((sum, person) => sum + person.weight, 0);
      let target = random.next() * total;
      const chosen = pool.findIndex((person) => (target -= person.weight) <= 0);
      tonightPeople.push(...pool.splice(chosen < 0 ? 0 : chosen, 1));
    }

    const winter = ["11", "12", "01", "02", "03"].includes(date.slice(5, 7));
    const arrivals = [...tonightPeople.map((person) => person as Person | null), ...Array.from({ length: anonymous }, () => null)];
    for (const person of arrivals) {
      const visitId = random.uuid();
      const latest = tonight ? Math.max(0, Math.min(60, Math.floor((options.today.getTime() - opensAt.getTime()) / 60_000))) : 225;
      const checkedInAt = new Date(opensAt.getTime() + random.int(0, latest) * 60_000);
      rows.visits.push({
        id: visitId,
        nightId,
        participantId: person?.id ?? null,
        firstVisit: person ? person.visits === 0 : false,
        checkedInAt,
        checkedOutAt: !tonight && random.chance(0.6) ? new Date(checkedInAt.getTime() + random.int(20, 180) * 60_000) : null,
        checkedInById: options.staffIds[random.int(0, options.staffIds.length - 1)] ?? null,
      });
      if (person) {
        person.visits++;
        const dates = firstLast.get(person.id);
        firstLast.set(person.id, { first: dates?.first ?? date, last: date });
      }
      const service = (kind: string, probability: number) => {
        if (random.chance(probability)) rows.services.push({ id: random.uuid(), visitId, kind, recordedAt: checkedInAt });
      };
      service("MEAL", tonight ? 0.3 : 0.7);
      service("SNACK", 0.3);
      service("SUPPORT_CONVERSATION", 0.25);
      service("PHONE_COMPUTER", 0.15);
      service("ACCOMPANIMENT", 0.03);
      service("CRISIS_INTERVENTION", 0.015);
      const give = (key: string, probability: number, min: number, max: number) => {
        const entry = item(key);
        if (!entry || !random.chance(probability)) return;
        rows.distributions.push({
          id: random.uuid(),
          visitId,
          itemId: entry.id,
          size: entry.sizes.length > 0 ? random.pick(entry.sizes) : null,
          quantity: random.int(min, max),
          recordedAt: checkedInAt,
        });
      };
      give("condoms", 0.4, 5, 20);
      give("lube", 0.25, 1, 5);
      give("needles", 0.08, 5, 20);
      give("alcohol-swabs", 0.08, 5, 20);
      give("safer-crack-kit", 0.07, 1, 3);
      give("grocery-bag", 0.2, 1, 1);
      give("socks", 0.1, 1, 2);
      give("underwear", 0.06, 1, 2);
      give(random.pick(["soap", "deodorant", "razors", "toothbrush", "toothpaste", "shaving-cream"]), 0.15, 1, 2);
      if (winter) {
        give("winter-coat", 0.03, 1, 1);
        give("hat", 0.05, 1, 1);
        give("gloves", 0.05, 1, 1);
      }
    }
  }

  for (const row of rows.participants) {
    const dates = firstLast.get(row.id as string);
    row.firstVisitDate = dates ? dateOnly(dates.first) : null;
    row.lastVisitDate = dates ? dateOnly(dates.last) : null;
  }

  const chunks = async (data: Row[], insert: (chunk: Row[]) => Promise<unknown>) => {
    for (let start = 0; start < data.length; start += 2000) await insert(data.slice(start, start + 2000));
  };
  await chunks(rows.participants, (data) => prisma.participant.createMany({ data: data as never }));
  await chunks(rows.terms, (data) => prisma.participantSearchTerm.createMany({ data: data as never, skipDuplicates: true }));
  await chunks(rows.intakes, (data) => prisma.intake.createMany({ data: data as never }));
  await chunks(rows.nights, (data) => prisma.night.createMany({ data: data as never }));
  await chunks(rows.shifts, (data) => prisma.nightShift.createMany({ data: data as never, skipDuplicates: true }));
  await chunks(rows.visits, (data) => prisma.visit.createMany({ data: data as never }));
  await chunks(rows.services, (data) => prisma.visitService.createMany({ data: data as never, skipDuplicates: true }));
  await chunks(rows.distributions, (data) => prisma.distribution.createMany({ data: data as never }));

  // Restrictions as a front desk has them: one in force, two that ended.
  const restricted = people.filter((person) => person.visits > 5).slice(0, 3);
  const reasons = ["Menaces envers un bénévole", "Consommation sur place", "Bagarre à l'entrée"];
  await prisma.restriction.createMany({
    data: restricted.map((person, index) => ({
      participantId: person.id,
      startsOn: dateOnly(addDays(today, index === 0 ? -10 : -120 - index * 30)),
      endsOn: dateOnly(addDays(today, index === 0 ? 20 : -90 - index * 30)),
      reason: reasons[index]!,
      createdById: options.staffIds[0] ?? null,
    })),
  });

  return { participants: rows.participants.length, nights: rows.nights.length, visits: rows.visits.length };
}
