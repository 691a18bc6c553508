// The stock bench, in the worker process: on a migrated database (BENCH_WORKER_DATABASE_URL,
// else an in-memory PGlite), an open night with 600 anonymous visits and well-stocked shelves,
// then (1) 12 rounds of 50 distributions at once through the real action, timed one by one,
// each with its own submission key as the visit panel sends it (after one untimed round that
// opens the pool's connections and prepares the statement on each, as an evening's first minute does),
// and (2) 50 people at once taking the last 10 units of one item: exactly 10 may succeed, the
// shelf must end at 0, and the level must equal the ledger's sum.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres.ts";
import { prepareDatabase } from "../db/prepare-database.ts";
import { percentile } from "./report.ts";
import { STOCK_RESULT_PREFIX, type StockResult } from "./stock-result.ts";

const WARM_UP_ROUNDS = 1;
const ROUNDS = 12;
const AT_ONCE = 50;
const note = (line: string) => process.stderr.write(`[bench:stock] ${line}\n`);

async function main(): Promise<void> {
  let embedded: EmbeddedPostgres | undefined;
  const url = process.env.BENCH_WORKER_DATABASE_URL ?? (embedded = await startEmbeddedPostgres()).url;
  try {
    await prepareDatabase(url, { log: () => {} });
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET = randomBytes(48).toString("base64url");

    // lib/ reads the environment on first use: import it only now.
    const { prisma } = await import("../../lib/db.ts");
    const { executeAction } = await import("../../lib/actions/execute-action.ts");
    const { openNightAction } = await import("../../lib/nights/actions.ts");
    const { addDistributionAction } = await import("../../lib/visits/actions.ts");
    const { openStaffSession, resolveStaffSession } = await import("../../lib/auth/staff-sessions.ts");
    const { translatorFor } = await import("../../tests/support/translator.ts");
    const { createStaffUser } = await import("../../prisma/seed/factories.ts");

    const server = embedded ? "embedded PGlite" : ((await prisma.$queryRawUnsafe<{ version: string }[]>("SELECT version()"))[0]?.version.split(" on ")[0] ?? "PostgreSQL");
    const user = await createStaffUser(prisma, { username: "bench-staff", role: "STAFF", password: "bench password only" });
    const session = await resolveStaffSession(await openStaffSession(user.id));
    if (!session) throw new Error("the bench session did not resolve");
    const environment = { db: prisma, session, locale: "en" as const, t: translatorFor("en") };
    const distribute = (input: unknown) => executeAction(addDistributionAction, environment, input);

    const opened = await executeAction(openNightAction, environment, {});
    if (!opened.ok) throw new Error(opened.error);
    const nightId = opened.data.nightId;
    const items = await prisma.catalogueItem.findMany({ where: { active: true }, select: { id: true, sizes: true } });
    await prisma.stockMovement.createMany({
      data: items.flatMap((item) => (item.sizes.length > 0 ? item.sizes : [""]).map((size) => ({ itemId: item.id, size, kind: "ADJUSTED" as const, quantity: 100_000, reason: "count", occurredAt: new Date() }))),
    });
    const visitIds = Array.from({ length: (WARM_UP_ROUNDS + ROUNDS) * AT_ONCE + AT_ONCE }, () => crypto.randomUUID());
    await prisma.visit.createMany({ data: visitIds.map((id) => ({ id, nightId, checkedInAt: new Date(), checkedInById: user.id })) });

    // (1) Fifty at a time, across the catalogue, as a busy evening with many desks would.
    const loadBefore = os.loadavg()[0]!;
    const samples: number[] = [];
    for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
      const batch = visitIds.slice(round * AT_ONCE, (round + 1) * AT_ONCE);
      const timings = await Promise.all(
        batch.map(async (visitId, index) => {
          const item = items[(round * AT_ONCE + index) % items.length]!;
          const size = item.sizes[index % Math.max(item.sizes.length, 1)] ?? "";
          const started = performance.now();
          const result = await distribute({ visitId, itemId: item.id, size, quantity: 1 + (index % 3), submissionId: crypto.randomUUID() });
          if (!result.ok) throw new Error(`a distribution was refused: ${result.error}`);
          return performance.now() - started;
        }),
      );
      if (round >= WARM_UP_ROUNDS) samples.push(...timings);
    }
    const loadAfter = os.loadavg()[0]!;

    // (2) The last ten units, fifty people at once.
    const lastTen = await prisma.catalogueItem.create({ data: { key: `bench-last-ten-${Date.now()}`, category: "OTHER", nameFr: "Dernières unités", nameEn: "Last units", sizes: [] } });
    await prisma.stockMovement.create({ data: { itemId: lastTen.id, kind: "DONATED", quantity: 10, occurredAt: new Date() } });
    const outcomes = await Promise.all(
      visitIds.slice((WARM_UP_ROUNDS + ROUNDS) * AT_ONCE).map((visitId) => distribute({ visitId, itemId: lastTen.id, quantity: 1, submissionId: crypto.randomUUID() })),
    );
    const successes = outcomes.filter((outcome) => outcome.ok).length;
    const refusals = outcomes.filter((outcome) => !outcome.ok && outcome.error.startsWith("Not enough")).length;
    const level = await prisma.stockLevel.findUnique({ where: { itemId_size: { itemId: lastTen.id, size: "" } } });
    const ledger = await prisma.stockMovement.aggregate({ where: { itemId: lastTen.id }, _sum: { quantity: true } });
    const onHand = level?.onHand ?? -1;
    const ledgerSum = ledger._sum.quantity ?? 0;

    const result: StockResult = {
      server,
      distribute: { samples: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) },
      lastTen: { successes, refusals, onHand, ledgerSum, neverNegative: successes === 10 && refusals === 40 && onHand === 0 && ledgerSum === 0 },
      loadAverage: [loadBefore, loadAfter],
    };
    await prisma.$disconnect();
    process.stdout.write(`${STOCK_RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    note(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
