// `npm test`: unit and integration tests (Vitest, on a real database), then end-to-end tests
// (Playwright driving Debian's Chromium against a production build). The database is
// TEST_DATABASE_URL's server when set (CI), otherwise an embedded PGlite: it passes on a fresh
// machine with nothing else installed.
//   npm test                 everything, then the date-sensitive tests at other hours
//   npm test -- --skip-e2e   Vitest only (with its runs at other hours)
//   npm run test:e2e         Playwright only (with its runs at other hours)
//   npm test -- --real-time-only   without the runs at other hours
// The runs at other hours (scripts/test/clock-runs.ts) set the clock the app and the tests share
// (HALTE_TEST_CLOCK, lib/test-clock-setting.ts) to 23:30 and 02:30 in the centre's zone and to a
// night that spans a daylight-saving change, and run the tests that create dated records again:
// a test that reads the wall clock, or app code that takes "today" from UTC, fails here at any
// hour instead of only when someone submits after midnight.
import { existsSync } from "node:fs";
import path from "node:path";
import { runToCompletion } from "./start/child-process.ts";
import { buildIfStale } from "./start/build-if-stale.ts";
import { ExpectedFailure } from "./start/expected-failure.ts";
import { clockRuns } from "./test/clock-runs.ts";
import { TEST_CLOCK_SINCE_VARIABLE, TEST_CLOCK_VARIABLE, TEST_HARNESS_VARIABLE } from "../lib/test-clock-setting.ts";

const root = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

async function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n[test] ${label}`);
  const exit = await runToCompletion(command, commandArgs, { cwd: root, env, signal: controller.signal });
  if (exit.code !== 0) throw new ExpectedFailure(`${label} failed (exit ${exit.code ?? exit.signal})`);
}

// The tests that create or compare dated records (nights, follow-ups, dose series, shifts,
// stock movements, periods). The others do not depend on the hour, and each run costs minutes.
const DATE_SENSITIVE_INTEGRATION = [
  "annual-report", "clinic", "expenses", "front-desk", "front-desk-records", "incidents", "programs",
  "referrals", "sign-in", "staff-sessions", "stock", "violence-reports",
].map((name) => `tests/integration/${name}.test.ts`);
// End-to-end: the tests tagged DATED (tests/e2e/support/dated.ts).
const DATE_SENSITIVE_E2E = ["--grep", "@dated"];

const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const playwright = path.join(root, "node_modules/@playwright/test/cli.js");
const e2eEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

async function runAtOtherHours(withVitest: boolean, withE2e: boolean) {
  const zone = process.env.CENTRE_TIME_ZONE || "America/Montreal";
  for (const clock of clockRuns(new Date(), zone)) {
    const env = {
      ...e2eEnv,
      [TEST_HARNESS_VARIABLE]: "1",
      [TEST_CLOCK_VARIABLE]: clock.instant,
      // One real starting instant for every process of this run, so they agree to the millisecond.
      [TEST_CLOCK_SINCE_VARIABLE]: String(Date.now()),
    };
    const at = `at ${clock.label} (clock ${clock.instant}, ${zone})`;
    if (withVitest) await run(`date-sensitive integration tests ${at}`, process.execPath, [vitest, "run", "--project", "integration", ...DATE_SENSITIVE_INTEGRATION], env);
    if (withE2e) await run(`date-sensitive end-to-end tests ${at}`, process.execPath, [playwright, "test", ...DATE_SENSITIVE_E2E], env);
  }
}

async function main() {
  if (!existsSync(path.join(root, "lib/generated/prisma/client.ts"))) {
    await run("prisma generate", process.execPath, [path.join(root, "scripts/prisma.mjs"), "generate"]);
  }
  if (!args.has("--e2e-only")) {
    await run("unit and integration tests (Vitest)", process.execPath, [vitest, "run"]);
  }
  if (!args.has("--skip-e2e")) {
    await buildIfStale(root, { env: process.env, signal: controller.signal, log: (line) => console.log(`[test] ${line}`) });
    await run("end-to-end tests (Playwright + Chromium)", process.execPath, [playwright, "test"], e2eEnv);
  }
  if (!args.has("--real-time-only")) await runAtOtherHours(!args.has("--e2e-only"), !args.has("--skip-e2e"));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
