// The stock bench from run.ts: on a PostgreSQL server when one answers (concurrency is
// the point, and the embedded PGlite runs one transaction at a time), else on PGlite.
import { runWorker } from "./worker-process.ts";
import { BenchServerUnavailable, createBenchDatabase, DEFAULT_BENCH_SERVER } from "./bench-database.ts";
import { STOCK_RESULT_PREFIX, type StockResult } from "./stock-result.ts";

export async function runStockBench(options: { rootDir: string; signal: AbortSignal; note: (line: string) => void; onCleanup: (drop: () => Promise<void>) => () => void }): Promise<StockResult> {
  const server = process.env.BENCH_DATABASE_URL?.trim() || DEFAULT_BENCH_SERVER;
  let database: Awaited<ReturnType<typeof createBenchDatabase>> | undefined;
  try {
    database = await createBenchDatabase(server);
  } catch (error) {
    if (!(error instanceof BenchServerUnavailable)) throw error;
    options.note(`stock bench on the embedded PGlite (one transaction at a time): ${error.message}`);
  }
  const forget = database ? options.onCleanup(database.drop) : () => {};
  try {
    const result = await runWorker<StockResult>("scripts/bench/stock-worker.ts", [], {
      label: "stock bench",
      resultPrefix: STOCK_RESULT_PREFIX,
      rootDir: options.rootDir,
      databaseUrl: database?.url,
      timeoutMs: 10 * 60_000,
      signal: options.signal,
    });
    const { distribute, lastTen } = result;
    options.note(`stock on ${result.server}: ${distribute.samples} distributions 50 at a time (ms): median ${distribute.p50.toFixed(1)}, p95 ${distribute.p95.toFixed(1)}, max ${distribute.max.toFixed(1)}`);
    options.note(`last 10 units, 50 at once: ${lastTen.successes} handed out, ${lastTen.refusals} refused, on hand ${lastTen.onHand}, ledger sum ${lastTen.ledgerSum}`);
    return result;
  } finally {
    await database?.drop();
    forget();
  }
}
