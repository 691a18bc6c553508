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
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { claimPort } from "../db/embedded-postgres.ts";
import { REPO_ROOT } from "../start/config.ts";
import { DATABASE_STOPPED_LINE } from "../start/database.ts";
import { DEMO_SIGN_INS } from "../../prisma/seed/demo-users.ts";
import { benchLine, meets, percentile, type Target } from "./report.ts";
import { spawnStart, waitFor200, type StartProcess } from "./start-process.ts";
import { SignInFailed, signInRoundTrip } from "./sign-in.ts";
import { auditMark } from "./audit-rows.ts";

const SIGN_INS = 30;
const FIRST_START_TIMEOUT_MS = 15 * 60_000; // may include `next build` on a 2-core machine
const TIMED_START_TIMEOUT_MS = 90_000;
const TARGETS = {
  start_to_first_200: { op: "<=", value: 8 },
  sign_in_round_trip_p95: { op: "<=", value: 300 },
} satisfies Record<string, Target>;

const note = (line: string) => process.stderr.write(`[bench] ${line}\n`);

class BenchFailure extends Error {}

function readScale(): "centre" | "network" {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "centre" } }, strict: true });
  if (values.scale !== "centre" && values.scale !== "network") {
    throw new BenchFailure(`--scale must be centre or network, not ${values.scale}`);
  }
  return values.scale;
}

async function main(): Promise<number> {
  if (readScale() === "network") {
    console.log(
      "network scale: the network-scale dataset (about 100,000 participants, 4,000,000 visits) arrives with the front desk issue; no figure yet",
    );
    return 0;
  }

  const coordinator = DEMO_SIGN_INS.find((d) => d.role === "COORDINATOR");
  if (!coordinator) throw new BenchFailure("no demo coordinator in prisma/seed/demo-users.ts");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "halte-bench-"));
  const port = await claimPort(0);
  let databasePort = await claimPort(0);
  while (databasePort === port) databasePort = await claimPort(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, HALTE_DATA_DIR: dataDir, PORT: String(port), DATABASE_PORT: String(databasePort) };
  // The bench measures the embedded default, whatever this shell is configured for.
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "HOST"]) delete env[name];

  let running: StartProcess | undefined;
  // The start script runs in a process group of its own, out of reach of a Ctrl-C aimed at the
  // bench: stop it here, or it would keep serving from a deleted directory.
  const interrupt = () => {
    note("interrupted: stopping npm start");
    void (running?.stop() ?? Promise.resolve()).finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
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

    await stopRunning("second start");

    console.log(benchLine("start_to_first_200", startSeconds, "s", TARGETS.start_to_first_200));
    console.log(benchLine("sign_in_round_trip_p95", p95, "ms", TARGETS.sign_in_round_trip_p95));
    for (const [name, value] of [
      ["start_to_first_200", startSeconds],
      ["sign_in_round_trip_p95", p95],
    ] as const) {
      if (!meets(value, TARGETS[name])) note(`${name} misses its target`);
    }
    return 0;
  } finally {
    // Stops whatever is still running, even after a failure, before the directory goes.
    await running?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BenchFailure || error instanceof SignInFailed) note(`failed: ${error.message}`);
    else note(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
