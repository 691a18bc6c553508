// The two server-side front-desk figures, through the app's own code on the dataset:
// - search: lib/participants/queries.ts `searchParticipants`, as /api/participants/search calls
//   it while a person types at the door, for 2–3 letter prefixes of the aliases in the data;
// - check-in: lib/actions/execute-action.ts with lib/visits/actions.ts `checkInAction`, as the
//   server action does (session, zod, permission, transaction, audit row), on tonight's night.
// Each is warmed up first (connections, prepared plans, caches), then timed one call at a time.
// Imports lib/ modules: load only after the "server-only" stub is registered (front-desk-worker.ts).
import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { executeAction } from "@/lib/actions/execute-action";
import type { Translate } from "@/lib/actions/translate-issues";
import { openStaffSession, resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";
import { prisma } from "@/lib/db";
import { searchParticipants } from "@/lib/participants/queries";
import { normalizeText } from "@/lib/participants/search-terms";
import { checkInAction } from "@/lib/visits/actions";
import fr from "@/messages/fr.json";
import { createStaffUser } from "@/prisma/seed/factories";
import { seededRandom, type Random } from "@/prisma/seed/demo/random";
import type { FrontDeskDataset } from "./front-desk-dataset.ts";
import { percentile } from "./report.ts";

export type Timings = { samples: number; p50: number; p95: number; max: number };
export type FrontDeskTimings = { search: Timings & { slowest: { prefix: string; ms: number; hits: number }[] }; checkIn: Timings };

export const SEARCHES = 300;
const SEARCH_WARM_UP = 50;
export const CHECK_INS = 250;
const CHECK_IN_WARM_UP = 20;

function summarize(samples: number[]): Timings {
  return { samples: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

/** A staff member of the open night's site, signed in as lib/auth/session.ts would resolve them. */
async function staffSession(siteId: string): Promise<SessionUser> {
  const user = await createStaffUser(prisma, { username: `bench-${randomUUID().slice(0, 8)}`, role: "STAFF", password: randomUUID() });
  await prisma.user.update({ where: { id: user.id }, data: { siteId } });
  const session = await resolveStaffSession(await openStaffSession(user.id));
  if (!session) throw new Error("the bench staff session did not resolve");
  return session;
}

/** What a person types at the door: the first 2 or 3 letters of someone's alias, as typed. */
async function drawPrefixes(random: Random, count: number): Promise<string[]> {
  const rows = await prisma.participant.findMany({ select: { alias: true }, orderBy: { code: "asc" } });
  const prefixes: string[] = [];
  for (let attempt = 0; prefixes.length < count && attempt < count * 20; attempt++) {
    const alias = random.pick(rows).alias;
    const firstWord = alias.split(/\s+/)[0] ?? "";
    // Sliced from the alias as written ("Ré" for René): the search normalizes it, as for a person typing.
    const prefix = firstWord.slice(0, random.chance(0.5) ? 2 : 3);
    if (normalizeText(prefix).length >= 2) prefixes.push(prefix);
  }
  if (prefixes.length < count) throw new Error(`only ${prefixes.length} usable prefixes in the data`);
  return prefixes;
}

async function measureSearch(random: Random, session: SessionUser, dataset: FrontDeskDataset): Promise<FrontDeskTimings["search"]> {
  const prefixes = await drawPrefixes(random, SEARCH_WARM_UP + SEARCHES);
  const options = { nightId: dataset.nightId, today: dataset.today };
  const samples: { prefix: string; ms: number; hits: number }[] = [];
  for (const [index, prefix] of prefixes.entries()) {
    const started = performance.now();
    const hits = await searchParticipants(session, prefix, options);
    const ms = performance.now() - started;
    if (index >= SEARCH_WARM_UP) samples.push({ prefix, ms, hits: hits.length });
  }
  const empty = samples.filter((sample) => sample.hits === 0).length;
  if (empty > samples.length / 10) throw new Error(`${empty} of ${samples.length} searches found nobody: the dataset or the search is broken`);
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
  return { ...summarize(samples.map((sample) => sample.ms)), slowest };
}

async function measureCheckIn(random: Random, session: SessionUser, dataset: FrontDeskDataset): Promise<Timings> {
  const total = CHECK_IN_WARM_UP + CHECK_INS;
  const everyone = await prisma.participant.findMany({ select: { id: true }, orderBy: { code: "asc" } });
  if (everyone.length < total) throw new Error(`${total} check-ins need as many participants; the data has ${everyone.length}`);
  // Distinct people drawn from the whole population, as they walk in.
  const ids = new Set<string>();
  for (let attempt = 0; ids.size < total && attempt < total * 20; attempt++) ids.add(random.pick(everyone).id);
  const messages = createTranslator({ locale: "fr", messages: fr });
  const t: Translate = (key, values) => messages(key as never, values as never);
  const samples: number[] = [];
  for (const [index, participantId] of [...ids].entries()) {
    const started = performance.now();
    const result = await executeAction(checkInAction, { db: prisma, session, locale: "fr", t, now: new Date() }, { nightId: dataset.nightId, participantId });
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`check-in refused: ${result.error}`);
    if (result.data.alreadyIn) throw new Error("a bench participant was already checked in: the draw is not distinct");
    if (index >= CHECK_IN_WARM_UP) samples.push(ms);
  }
  return summarize(samples);
}

export async function measureFrontDesk(dataset: FrontDeskDataset): Promise<FrontDeskTimings> {
  const random = seededRandom(8);
  const session = await staffSession(dataset.siteId);
  try {
    const search = await measureSearch(random, session, dataset);
    const checkIn = await measureCheckIn(random, session, dataset);
    return { search, checkIn };
  } finally {
    await prisma.$disconnect();
  }
}
