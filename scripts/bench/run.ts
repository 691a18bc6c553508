// `npm run bench [-- --scale network]`: the figures issues name, one line each on stdout
// (`bench <name> <value> <unit> target <op> <number>`); progress and diagnostics go to stderr.
//
// start_to_first_200: `npm start` on an existing data directory, from spawn to the first 200
// from /sign-in. A first start creates and seeds a temporary directory (and builds the app if
// the build is stale); only the second start is timed.
// sign_in_round_trip_p95: sequential sign-ins of the demo coordinator against that server,
// each = CSRF token + credentials POST + home page with the new session.
//
// Along the way it checks that rows the app wrote before a Ctrl-C survive the restart.
//
// Front desk, at the scale asked for (front-desk-scale.ts):
// checkin_search_p95 / checkin_action_p95: the app's check-in search and check-in action on a
// generated dataset, in a worker process (front-desk-figures.ts). Centre scale runs on the
// embedded PGlite unless BENCH_DATABASE_URL names a server; network scale (100,000 people,
// 4,000,000 visits) needs a PostgreSQL server: BENCH_DATABASE_URL, default DEFAULT_BENCH_SERVER.
// The bench creates a database of its own there and drops it at the end.
// checkin_page_own_js_kb: first-load JavaScript of /tonight from the production build, gzip,
// less Next's and React's runtime that every page loads (page-js.ts); the centre run also
// checks the list against what Chromium loads.
// door_checkin_p95: in Chromium, Enter in tonight's search box to the person in the list, over
// 40 check-ins of the demo centre on the embedded database (door-checkin.ts);
// door_keystrokes_median: the keys the desk presses to check in each of those 40, the centre's
// most frequent visitors, typing the first letters of their alias.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { claimPort } from "../db/embedded-postgres.ts";
import { Aborted } from "../start/child-process.ts";
import { REPO_ROOT } from "../start/config.ts";
import { DATABASE_STOPPED_LINE } from "../start/database.ts";
import { DEMO_SIGN_INS } from "../../prisma/seed/demo-users.ts";
import { benchLine, meets, percentile, type Target } from "./report.ts";
import { spawnStart, waitFor200, type StartProcess } from "./start-process.ts";
import { SignInFailed, signInRoundTrip } from "./sign-in.ts";
import { auditMark } from "./audit-rows.ts";
import { BenchServerUnavailable, createBenchDatabase, DEFAULT_BENCH_SERVER, type BenchDatabase } from "./bench-database.ts";
import { runFrontDeskWorker, FrontDeskFailed } from "./front-desk-figures.ts";
import type { FrontDeskResult } from "./front-desk-result.ts";
import type { ScaleName } from "./front-desk-scale.ts";
import { BuildFailed, checkAgainstBrowser, checkInPageJs, ensureBuild, PageJsMismatch } from "./page-js-figure.ts";
import { PageJsUnavailable, type PageJs } from "./page-js.ts";
import { runStockBench } from "./stock-figures.ts";
import { DOOR_CHECK_INS, doorCheckIns } from "./door-checkin.ts";

const SIGN_INS = 30;
const FIRST_START_TIMEOUT_MS = 15 * 60_000; // may include `next build` on a 2-core machine
const TIMED_START_TIMEOUT_MS = 90_000;
const CENTRE_FRONT_DESK_TIMEOUT_MS = 10 * 60_000;
// docs/roles-and-privacy.md, "Bench": the whole network run within 30 minutes; the build may take a few of them.
const NETWORK_FRONT_DESK_TIMEOUT_MS = 25 * 60_000;
const TARGETS = {
  start_to_first_200: { op: "<=", value: 8 },
  sign_in_round_trip_p95: { op: "<=", value: 300 },
  checkin_search_p95: { op: "<=", value: 25 },
  checkin_action_p95: { op: "<=", value: 50 },
  // The page's own JavaScript above Next's and React's runtime (about 129 kB on every page).
  checkin_page_own_js_kb: { op: "<=", value: 25 },
  // Enter in tonight's search box to the person in tonight's list, in Chromium.
  door_checkin_p95: { op: "<=", value: 100 },
  // A regular is checked in with at most 3 letters and Enter in most cases.
  door_keystrokes_median: { op: "<=", value: 4 },
  network_dataset_build_s: { op: "<=", value: 1800 },
  network_run_s: { op: "<=", value: 1800 },
  stock_distribute_p95: { op: "<=", value: 50 },
  // 1 when 50 people taking the last 10 units at once leave exactly 10 handed out and 0 on hand.
  stock_never_negative: { op: ">=", value: 1 },
  // The coordinator's report on one centre-year and on the network's year of visits, and
  // how many times faster than a row-by-row loop over the same data.
  report_year_site_ms: { op: "<=", value: 150 },
  report_year_network_ms: { op: "<=", value: 2000 },
  report_vs_naive_ratio: { op: ">=", value: 10 },
} satisfies Record<string, Target>;

type Figure = { name: keyof typeof TARGETS; value: number; unit: string };

const note = (line: string) => process.stderr.write(`[bench] ${line}\n`);

class BenchFailure extends Error {}

/** Ctrl-C (or SIGTERM): stop the workers, then run every registered cleanup before exiting. */
const shutdown = new AbortController();
const cleanups = new Set<() => Promise<unknown>>();
function onInterrupt() {
  note("interrupted: stopping");
  shutdown.abort();
  void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).finally(() => process.exit(130));
}

function printFigures(figures: readonly Figure[]): void {
  for (const figure of figures) console.log(benchLine(figure.name, figure.value, figure.unit, TARGETS[figure.name]));
  for (const figure of figures) if (!meets(figure.value, TARGETS[figure.name])) note(`${figure.name} misses its target`);
}

/** A bench database on a server when one is named (or required), else none: the worker's in-memory PGlite. */
async function benchDatabase(scale: ScaleName): Promise<BenchDatabase | undefined> {
  const server = process.env.BENCH_DATABASE_URL?.trim() || (scale === "network" ? DEFAULT_BENCH_SERVER : undefined);
  if (!server) return undefined;
  const database = await createBenchDatabase(server);
  cleanups.add(database.drop);
  note(`bench database ${database.name} on ${new URL(server).host}`);
  return database;
}

async function frontDesk(scale: ScaleName): Promise<FrontDeskResult> {
  const database = await benchDatabase(scale);
  try {
    const result = await runFrontDeskWorker(scale, {
      rootDir: REPO_ROOT,
      databaseUrl: database?.url,
      timeoutMs: scale === "network" ? NETWORK_FRONT_DESK_TIMEOUT_MS : CENTRE_FRONT_DESK_TIMEOUT_MS,
      signal: shutdown.signal,
    });
    const { search, checkIn } = result.timings;
    note(`${scale} dataset on ${result.server}: ${JSON.stringify(result.counts)}, migrations ${result.prepareSeconds.toFixed(1)} s, rows ${result.datasetSeconds.toFixed(1)} s`);
    note(`check-in search (ms, ${search.samples} prefixes): median ${search.p50.toFixed(1)}, p95 ${search.p95.toFixed(1)}, max ${search.max.toFixed(1)}; slowest ${search.slowest.map((s) => `"${s.prefix}" ${s.ms.toFixed(0)}`).join(", ")}`);
    note(`check-in action (ms, ${checkIn.samples} people): median ${checkIn.p50.toFixed(1)}, p95 ${checkIn.p95.toFixed(1)}, max ${checkIn.max.toFixed(1)}`);
    const [loadBefore, loadAfter] = result.loadAverage;
    note(`load average while timing: ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on ${os.availableParallelism()} cores (other work on the machine inflates these timings)`);
    return result;
  } finally {
    if (database) {
      await database.drop();
      cleanups.delete(database.drop);
    }
  }
}

function frontDeskFigures(result: FrontDeskResult, pageJs: PageJs): Figure[] {
  return [
    { name: "checkin_search_p95", value: result.timings.search.p95, unit: "ms" },
    { name: "checkin_action_p95", value: result.timings.checkIn.p95, unit: "ms" },
    { name: "checkin_page_own_js_kb", value: (pageJs.gzipBytes - pageJs.frameworkGzipBytes) / 1000, unit: "kB" },
  ];
}

function describePageJs(pageJs: PageJs): void {
  note(`${pageJs.entry}: ${pageJs.files.length} scripts, ${(pageJs.rawBytes / 1000).toFixed(1)} kB, ${(pageJs.gzipBytes / 1000).toFixed(1)} kB gzip`);
  // The split says where a miss comes from: the framework's part is the same on every page.
  note(`  of which Next's and React's runtime (rootMainFiles, on every page) ${(pageJs.frameworkGzipBytes / 1000).toFixed(1)} kB, this page's own ${((pageJs.gzipBytes - pageJs.frameworkGzipBytes) / 1000).toFixed(1)} kB`);
}

/** Network scale: the three front-desk figures on 100,000 people and 4,000,000 visits. */
async function network(): Promise<number> {
  const started = performance.now();
  note("production build (only if stale), for the page's JavaScript");
  await ensureBuild(REPO_ROOT, shutdown.signal);
  const pageJs = checkInPageJs(REPO_ROOT);
  describePageJs(pageJs);
  const result = await frontDesk("network");
  printFigures([
    ...frontDeskFigures(result, pageJs),
    { name: "report_year_network_ms", value: result.report.ms, unit: "ms" },
    { name: "network_dataset_build_s", value: result.prepareSeconds + result.datasetSeconds, unit: "s" },
    { name: "network_run_s", value: (performance.now() - started) / 1000, unit: "s" },
  ]);
  return 0;
}

function readScale(): "centre" | "network" {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "centre" } }, strict: true });
  if (values.scale !== "centre" && values.scale !== "network") {
    throw new BenchFailure(`--scale must be centre or network, not ${values.scale}`);
  }
  return values.scale;
}

async function main(): Promise<number> {
  process.once("SIGINT", onInterrupt);
  process.once("SIGTERM", onInterrupt);
  if (readScale() === "network") return network();

  const coordinator = DEMO_SIGN_INS.find((d) => d.role === "COORDINATOR");
  if (!coordinator) throw new BenchFailure("no demo coordinator in prisma/seed/demo-users.ts");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "halte-bench-"));
  const port = await claimPort(0);
  let databasePort = await claimPort(0);
  while (databasePort === port) databasePort = await claimPort(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HALTE_DATA_DIR: dataDir,
    PORT: String(port),
    DATABASE_PORT: String(databasePort),
    // Not beside the data directory (the shared temp directory): inside it, removed with it.
    HALTE_BACKUP_DIR: path.join(dataDir, "backups"),
    HALTE_BACKUP_KEY_FILE: path.join(dataDir, "backup.key"),
    // The demo centre at once, without the first page's choice.
    HALTE_FIRST_RUN: "demo",
  };
  // The bench measures the embedded default, whatever this shell is configured for.
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "HOST"]) delete env[name];

  let running: StartProcess | undefined;
  // The start script runs in a process group of its own, out of reach of a Ctrl-C aimed at the
  // bench: stop it here, or it would keep serving from a deleted directory.
  const stopStart = async () => {
    await (running?.stop() ?? Promise.resolve());
    rmSync(dataDir, { recursive: true, force: true });
  };
  cleanups.add(stopStart);
  const stopRunning = async (what: string) => {
    if (!running) return;
    const stopped = await running.stop();
    const output = running.output();
    running = undefined;
    // npx re-raises the Ctrl-C on itself once the script is done, so its own status is
    // SIGINT; the script's last line says whether the database was closed properly.
    const exitedCleanly = stopped.code === 0 || stopped.signal === "SIGINT";
    if (stopped.killed || !exitedCleanly || !output.includes(DATABASE_STOPPED_LINE)) {
      throw new BenchFailure(
        `${what}: Ctrl-C did not stop npm start cleanly (${stopped.killed ? "killed after 30 s" : `exit ${stopped.code ?? stopped.signal}`})\n${output}`,
      );
    }
  };
  try {
    note(`first start on a new data directory (${dataDir}); builds the app if the build is stale`);
    running = spawnStart(REPO_ROOT, env);
    const first = await waitFor200(`${baseUrl}/sign-in`, {
      since: performance.now(),
      timeoutMs: FIRST_START_TIMEOUT_MS,
      exited: running.exited,
    });
    if (!first.ok) throw new BenchFailure(`first start: ${first.reason}\n${running.output()}`);
    // One sign-in makes the app write rows (session, audit) through its own pool.
    await signInRoundTrip(baseUrl, coordinator.username, coordinator.password);
    const before = await auditMark(databasePort);
    if (before.count === 0) throw new BenchFailure("a sign-in wrote no audit row: nothing to check after the restart");
    await stopRunning("first start");

    note("second start, timed");
    const spawnedAt = performance.now();
    running = spawnStart(REPO_ROOT, env);
    const second = await waitFor200(`${baseUrl}/sign-in`, {
      since: spawnedAt,
      timeoutMs: TIMED_START_TIMEOUT_MS,
      exited: running.exited,
    });
    if (!second.ok) throw new BenchFailure(`second start: ${second.reason}\n${running.output()}`);
    const startSeconds = second.ms / 1000;

    const after = await auditMark(databasePort, before.maxId);
    if (after.count !== before.count) {
      throw new BenchFailure(`data lost across Ctrl-C: ${before.count} audit rows before, ${after.count} after the restart`);
    }
    note(`the ${before.count} audit row(s) written before Ctrl-C are there after the restart`);

    const samples: number[] = [];
    for (let i = 0; i < SIGN_INS; i++) {
      const started = performance.now();
      await signInRoundTrip(baseUrl, coordinator.username, coordinator.password);
      samples.push(performance.now() - started);
    }
    const p95 = percentile(samples, 95);
    note(`sign-in round trips (ms): median ${percentile(samples, 50).toFixed(0)}, max ${Math.max(...samples).toFixed(0)}`);

    // npm start built the app if it was stale: the build on disk is the one being served.
    const pageJs = checkInPageJs(REPO_ROOT);
    describePageJs(pageJs);
    await crossCheckInBrowser(pageJs, baseUrl, coordinator);

    note(`door: ${DOOR_CHECK_INS} check-ins in Chromium, Enter to listed`);
    const door = await doorCheckIns(baseUrl, databasePort, coordinator).catch((error: unknown) => {
      throw new BenchFailure(`door check-ins: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    });
    note(`door check-ins (ms, ${door.people} people): median ${percentile(door.samples, 50).toFixed(0)}, max ${Math.max(...door.samples).toFixed(0)}`);
    note(`door keystrokes for the ${door.keystrokes.length} most frequent visitors: ${[...door.keystrokes].sort((a, b) => a - b).join(" ")}`);

    await stopRunning("second start");

    const result = await frontDesk("centre");
    const stock = await runStockBench({
      rootDir: REPO_ROOT,
      signal: shutdown.signal,
      note,
      onCleanup: (drop) => {
        cleanups.add(drop);
        return () => cleanups.delete(drop);
      },
    });
    printFigures([
      { name: "start_to_first_200", value: startSeconds, unit: "s" },
      { name: "sign_in_round_trip_p95", value: p95, unit: "ms" },
      { name: "door_checkin_p95", value: percentile(door.samples, 95), unit: "ms" },
      { name: "door_keystrokes_median", value: percentile(door.keystrokes, 50), unit: "keys" },
      ...frontDeskFigures(result, pageJs),
      { name: "report_year_site_ms", value: result.report.ms, unit: "ms" },
      { name: "report_vs_naive_ratio", value: result.report.naiveMs! / result.report.ms, unit: "x" },
      { name: "stock_distribute_p95", value: stock.distribute.p95, unit: "ms" },
      { name: "stock_never_negative", value: stock.lastTen.neverNegative ? 1 : 0, unit: "flag" },
    ]);
    return 0;
  } finally {
    // Stops whatever is still running, even after a failure, before the directory goes.
    await running?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    cleanups.delete(stopStart);
  }
}

/** A mismatch fails the bench (the figure would be wrong); a missing Chromium only skips the check. */
async function crossCheckInBrowser(pageJs: PageJs, baseUrl: string, user: { username: string; password: string }): Promise<void> {
  try {
    note(await checkAgainstBrowser(pageJs, baseUrl, user));
  } catch (error) {
    if (error instanceof PageJsMismatch) throw new BenchFailure(error.message);
    note(`Chromium check of the page's scripts skipped: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof Aborted || shutdown.signal.aborted) return; // onInterrupt exits once cleaned up
    const expected = [BenchFailure, SignInFailed, FrontDeskFailed, PageJsUnavailable, BenchServerUnavailable, BuildFailed].some((kind) => error instanceof kind);
    if (expected && error instanceof Error) note(`failed: ${error.message}`);
    else note(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
