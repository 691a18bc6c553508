// The front-desk dataset at a given scale (front-desk-scale.ts), loaded with plain SQL into a
// freshly migrated database: sites, a history of closed nights ending last night, participants
// with their search terms and first/last visit dates, visits, restrictions, and tonight's night
// open at the first site. Rows are sent as arrays (INSERT ... SELECT FROM unnest) and visits are
// expanded by the server (generate_series): no COPY, no row-by-row round trips.
//
// Left out on purpose: intakes, services and distributions, which neither the check-in search
// nor the check-in action reads. Add them here when a figure needs them.
import type pg from "pg";
import { addDays, isoWeekday, nightDateOf } from "../../lib/nights/local-date.ts";
import { localTimeToUtc } from "../../lib/nights/zoned-time.ts";
import { seededRandom, type Random } from "../../prisma/seed/demo/random.ts";
import { withDeferredIndexes } from "./deferred-indexes.ts";
import { planPeople, visitNightIndex, type PlannedPerson } from "./front-desk-people.ts";
import type { Scale } from "./front-desk-scale.ts";

export type FrontDeskDataset = {
  /** Tonight, "YYYY-MM-DD" in the centre's time zone. */
  today: string;
  /** The site whose night is open tonight, and that night. */
  siteId: string;
  nightId: string;
  counts: { sites: number; nights: number; participants: number; searchTerms: number; visits: number; restrictions: number };
};

type Options = { now: Date; timeZone: string; log: (line: string) => void };

const BATCH = 5_000;
const RESTRICTION_REASONS = [
  "Violence envers un membre de l'équipe",
  "Menaces envers une autre personne",
  "Vol de matériel",
  "Consommation sur place malgré les avertissements",
];

export async function buildFrontDeskDataset(client: pg.Client, scale: Scale, options: Options): Promise<FrontDeskDataset> {
  const random = seededRandom(scale.participants * 31 + scale.sites);
  const today = nightDateOf(options.now, options.timeZone);
  const dates = historyDates(today, scale);
  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    options.log(`${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };

  if (scale.deferVisitIndexes) {
    // A throwaway database: memory for the index builds, and no wait for the disk at each commit.
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET work_mem = '64MB'`);
    await client.query(`SET synchronous_commit = off`);
  }
  const siteIds = await timed(`${scale.sites} site(s)`, () => insertSites(client, random, scale));
  await timed(`${dates.length * scale.sites} nights`, () => insertNights(client, random, siteIds, dates, options.timeZone));
  const people = await timed(`plan of ${scale.participants} participants`, async () =>
    planPeople(random, { participants: scale.participants, visits: scale.visits, sites: scale.sites, nightsPerSite: dates.length }),
  );
  await timed(`${people.length} participants and their search terms`, () => insertPeople(client, people, dates));
  await timed("restrictions", () => insertRestrictions(client, random, people, today, scale.restrictedShare));
  await timed(`${scale.visits} visits`, () =>
    scale.deferVisitIndexes ? withDeferredIndexes(client, "Visit", () => insertVisits(client, options.timeZone)) : insertVisits(client, options.timeZone),
  );

  // Tonight: the first site's night is open, nobody checked in yet.
  const siteId = siteIds[0]!;
  const nightId = random.uuid();
  await client.query(
    `INSERT INTO "Night" ("id", "siteId", "date", "openedAt", "openSiteId") VALUES ($1, $2, $3::date, $4, $2)`,
    [nightId, siteId, today, options.now],
  );
  await client.query(`DROP TABLE _bench_plan, _bench_night`);
  // What autovacuum would have done long ago on a live database: statistics for the planner
  // and a visibility map for index-only scans.
  await timed("VACUUM ANALYZE", () => client.query(`VACUUM ANALYZE`));

  const counts = await client.query<{ [key: string]: string }>(
    `SELECT (SELECT count(*) FROM "Site") AS sites, (SELECT count(*) FROM "Night") AS nights,
            (SELECT count(*) FROM "Participant") AS participants, (SELECT count(*) FROM "ParticipantSearchTerm") AS "searchTerms",
            (SELECT count(*) FROM "Visit") AS visits, (SELECT count(*) FROM "Restriction") AS restrictions`,
  );
  const row = counts.rows[0]!;
  return {
    today,
    siteId,
    nightId,
    counts: {
      sites: Number(row.sites),
      nights: Number(row.nights),
      participants: Number(row.participants),
      searchTerms: Number(row.searchTerms),
      visits: Number(row.visits),
      restrictions: Number(row.restrictions),
    },
  };
}

/** The evenings the sites were open, oldest first, ending last night. */
function historyDates(today: string, scale: Scale): string[] {
  const dates: string[] = [];
  for (let offset = scale.weeks * 7; offset >= 1; offset--) {
    const date = addDays(today, -offset);
    if (scale.openWeekdays.includes(isoWeekday(date))) dates.push(date);
  }
  return dates;
}

/** The default site the migrations' reference data created, then the others. */
async function insertSites(client: pg.Client, random: Random, scale: Scale): Promise<string[]> {
  const existing = await client.query<{ id: string }>(`SELECT "id" FROM "Site" ORDER BY "createdAt" LIMIT 1`);
  const first = existing.rows[0]?.id;
  if (!first) throw new Error("the database has no site: was it prepared (scripts/db/prepare-database.ts)?");
  const ids = [first, ...Array.from({ length: scale.sites - 1 }, () => random.uuid())];
  const names = ids.map((_, index) => `Point de service ${String(index + 1).padStart(2, "0")}`);
  await client.query(`UPDATE "Site" SET "openWeekdays" = $2 WHERE "id" = $1`, [first, scale.openWeekdays]);
  await client.query(
    `INSERT INTO "Site" ("id", "name", "openWeekdays") SELECT id, name, $3 FROM unnest($1::uuid[], $2::text[]) AS t(id, name)`,
    [ids.slice(1), names.slice(1), scale.openWeekdays],
  );
  return ids;
}

/** Closed nights, 18:00 to 22:00, and a private index (site, n-th night) → night for the visits. */
async function insertNights(client: pg.Client, random: Random, siteIds: string[], dates: string[], timeZone: string): Promise<void> {
  await client.query(`CREATE TEMP TABLE _bench_night (site int, idx int, id uuid, date date, PRIMARY KEY (site, idx))`);
  const opens = dates.map((date) => localTimeToUtc(date, "18:00", timeZone));
  for (let site = 0; site < siteIds.length; site++) {
    for (let start = 0; start < dates.length; start += BATCH) {
      const indexes = dates.slice(start, start + BATCH).map((_, offset) => start + offset);
      const ids = indexes.map(() => random.uuid());
      await client.query(
        `INSERT INTO "Night" ("id", "siteId", "date", "openedAt", "closedAt")
         SELECT id, $2, date, opened, opened + interval '4 hours' FROM unnest($1::uuid[], $3::date[], $4::timestamptz[]) AS t(id, date, opened)`,
        [ids, siteIds[site], indexes.map((index) => dates[index]), indexes.map((index) => opens[index])],
      );
      await client.query(
        `INSERT INTO _bench_night SELECT $1, idx, id, date FROM unnest($2::int[], $3::uuid[], $4::date[]) AS t(idx, id, date)`,
        [site, indexes, ids, indexes.map((index) => dates[index])],
      );
    }
  }
  await client.query(`ANALYZE _bench_night`);
}

async function insertPeople(client: pg.Client, people: PlannedPerson[], dates: string[]): Promise<void> {
  await client.query(`CREATE TEMP TABLE _bench_plan (id uuid PRIMARY KEY, site int, first int, span int, visits int)`);
  const updatedAt = new Date().toISOString();
  for (let start = 0; start < people.length; start += BATCH) {
    const batch = people.slice(start, start + BATCH);
    const column = <T>(pick: (person: PlannedPerson) => T) => batch.map(pick);
    const firstDate = (person: PlannedPerson) => dates[visitNightIndex(person, 0)]!;
    await client.query(
      `INSERT INTO "Participant" ("id", "code", "alias", "aliasSearch", "ageBand", "genderIdentity", "preferredLanguage",
                                  "heardFrom", "firstVisitDate", "lastVisitDate", "createdAt", "updatedAt")
       SELECT t.*, $12::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::"AgeBand"[],
         $6::"GenderIdentity"[], $7::"PreferredLanguage"[], $8::"HeardFrom"[], $9::date[], $10::date[], $11::timestamptz[]) AS t`,
      [
        column((person) => person.id),
        column((person) => person.code),
        column((person) => person.alias),
        column((person) => person.aliasSearch),
        column((person) => person.ageBand),
        column((person) => person.genderIdentity),
        column((person) => person.preferredLanguage),
        column((person) => person.heardFrom),
        column(firstDate),
        column((person) => dates[visitNightIndex(person, person.visits - 1)]!),
        column((person) => `${firstDate(person)}T23:00:00Z`),
        updatedAt,
      ],
    );
    const terms = batch.flatMap((person) => person.terms.map((term) => [person.id, term] as const));
    await client.query(
      `INSERT INTO "ParticipantSearchTerm" ("participantId", "term") SELECT * FROM unnest($1::uuid[], $2::text[])`,
      [terms.map(([id]) => id), terms.map(([, term]) => term)],
    );
    await client.query(`INSERT INTO _bench_plan SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[])`, [
      column((person) => person.id),
      column((person) => person.site),
      column((person) => person.first),
      column((person) => person.span),
      column((person) => person.visits),
    ]);
  }
  await client.query(`ANALYZE _bench_plan`);
}

async function insertRestrictions(client: pg.Client, random: Random, people: PlannedPerson[], today: string, share: number): Promise<void> {
  const rows = people
    .filter(() => random.chance(share))
    .map((person) => {
      const inForce = random.chance(1 / 3);
      const startsOn = inForce ? addDays(today, -random.int(1, 60)) : addDays(today, -random.int(100, 700));
      const endsOn = inForce ? (random.chance(0.5) ? null : addDays(today, random.int(1, 90))) : addDays(startsOn, random.int(7, 60));
      return { id: random.uuid(), participantId: person.id, startsOn, endsOn, reason: random.pick(RESTRICTION_REASONS) };
    });
  await client.query(
    `INSERT INTO "Restriction" ("id", "participantId", "startsOn", "endsOn", "reason")
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[], $5::text[])`,
    [rows.map((row) => row.id), rows.map((row) => row.participantId), rows.map((row) => row.startsOn), rows.map((row) => row.endsOn), rows.map((row) => row.reason)],
  );
}

/** Each person's k-th visit on night first + k·span/visits of their site (visitNightIndex). */
async function insertVisits(client: pg.Client, timeZone: string): Promise<void> {
  await client.query(`SELECT setseed(0.42)`);
  await client.query(
    `INSERT INTO "Visit" ("id", "nightId", "participantId", "firstVisit", "checkedInAt")
     SELECT gen_random_uuid(), n.id, p.id, k = 0,
            ((n.date + time '18:00') AT TIME ZONE $1) + floor(random() * 230) * interval '1 minute'
     FROM _bench_plan p
     CROSS JOIN LATERAL generate_series(0, p.visits - 1) AS k
     JOIN _bench_night n ON n.site = p.site AND n.idx = p.first + (k * p.span) / p.visits`,
    [timeZone],
  );
}
