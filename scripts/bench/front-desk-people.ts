// The people of the scale dataset, planned in JavaScript so that codes and search terms come
// from the app's own functions (generateCode, normalizeText, searchTermsFor): the bench then
// searches exactly the terms the app would have stored.
//
// Each person has a home site and a stretch of the history during which they came, and a
// number of visits spread evenly over that stretch (at most one a night, as the unique index
// wants). A third come once to three times, half now and then, a few nearly every night: the
// mix every drop-in sees. The totals are then adjusted so the visits add up exactly.
import { generateCode } from "../../lib/participants/code.ts";
import { normalizeText, searchTermsFor } from "../../lib/participants/search-terms.ts";
import { AGE_BANDS, GENDER_IDENTITIES, HEARD_FROM, PREFERRED_LANGUAGES } from "../../lib/participants/schemas.ts";
import type { Random } from "../../prisma/seed/demo/random.ts";
import { FIRST_WORDS, SECOND_WORDS } from "./front-desk-aliases.ts";

export type PlannedPerson = {
  id: string;
  code: string;
  alias: string;
  aliasSearch: string;
  terms: string[];
  site: number;
  /** Index of the first night (in the site's list of nights) and length of the stretch. */
  first: number;
  span: number;
  visits: number;
  ageBand: string | null;
  genderIdentity: string | null;
  preferredLanguage: string | null;
  heardFrom: string | null;
};

function aliasOf(random: Random): string {
  const first = random.pick(FIRST_WORDS);
  const shape = random.next();
  if (shape < 0.35) return first;
  if (shape < 0.65) return `${first} ${random.pick(SECOND_WORDS)}`;
  if (shape < 0.9) return `${first} ${random.int(2, 99)}`;
  return `${first} ${random.pick(FIRST_WORDS)}`;
}

/** Visits a person would make before the totals are scaled: few for most, many for regulars. */
function rawWeight(random: Random): number {
  const kind = random.next();
  if (kind < 0.35) return random.int(1, 3);
  if (kind < 0.85) return random.int(4, 30);
  return random.int(40, 250);
}

/** Adds or removes one visit at a time, round the population, until the total is exact. */
function adjustToTotal(counts: number[], total: number, maxPerPerson: number, random: Random): void {
  let difference = total - counts.reduce((sum, count) => sum + count, 0);
  let index = random.int(0, counts.length - 1);
  // Each pass over everyone moves the total by up to counts.length: a few passes at most.
  for (let steps = 0; difference !== 0; steps++) {
    if (steps > counts.length * 100) throw new Error(`cannot spread ${total} visits over ${counts.length} people`);
    const count = counts[index]!;
    if (difference > 0 && count < maxPerPerson) {
      counts[index] = count + 1;
      difference--;
    } else if (difference < 0 && count > 1) {
      counts[index] = count - 1;
      difference++;
    }
    index = (index + 7919) % counts.length; // a prime stride spreads the change across the population
  }
}

export function planPeople(random: Random, options: { participants: number; visits: number; sites: number; nightsPerSite: number }): PlannedPerson[] {
  const { participants, visits, sites, nightsPerSite } = options;
  if (visits < participants || visits > participants * nightsPerSite) {
    throw new Error(`${visits} visits cannot be spread over ${participants} people and ${nightsPerSite} nights`);
  }
  const weights = Array.from({ length: participants }, () => rawWeight(random));
  const factor = visits / weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.max(1, Math.min(nightsPerSite, Math.round(weight * factor))));
  adjustToTotal(counts, visits, nightsPerSite, random);

  const codes = new Set<string>();
  const randomInt = (max: number) => Math.floor(random.next() * max);
  return counts.map((count, index) => {
    let code = generateCode(randomInt);
    while (codes.has(code)) code = generateCode(randomInt);
    codes.add(code);
    const alias = aliasOf(random);
    const span = count + Math.floor(random.next() * (nightsPerSite - count + 1));
    const gender = random.chance(0.7) ? random.pick(GENDER_IDENTITIES.slice(0, 6)) : null;
    return {
      id: random.uuid(),
      code,
      alias,
      aliasSearch: normalizeText(alias).slice(0, 40),
      terms: searchTermsFor(alias, code),
      site: index % sites,
      first: random.int(0, nightsPerSite - span),
      span,
      visits: count,
      ageBand: random.chance(0.7) ? random.pick(AGE_BANDS.slice(1)) : null,
      genderIdentity: gender,
      preferredLanguage: random.chance(0.9) ? random.pick(PREFERRED_LANGUAGES) : null,
      heardFrom: random.chance(0.8) ? random.pick(HEARD_FROM) : null,
    };
  });
}

/** Night index of a person's k-th visit: evenly spread, strictly increasing since span ≥ visits. */
export function visitNightIndex(person: Pick<PlannedPerson, "first" | "span" | "visits">, k: number): number {
  return person.first + Math.floor((k * person.span) / person.visits);
}
