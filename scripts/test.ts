// `npm test`: unit and integration tests (Vitest, on a real database), then end-to-end tests
// (Playwright driving Debian's Chromium against a production build). The database is
// TEST_DATABASE_URL's server when set (CI), otherwise an embedded PGlite: it passes on a fresh
// machine with nothing else installed.
//   npm test                 everything
//   npm test -- --skip-e2e   Vitest only
//   npm run test:e2e         Playwright only
import { existsSync } from "node:fs";
import path from "node:path";
import { runToCompletion } from "./start/child-process.ts";
import { buildIfStale } from "./start/build-if-stale.ts";
import { ExpectedFailure } from "./start/expected-failure.ts";

const root = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

async function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n[test] ${label}`);
  const exit = await runToCompletion(command, commandArgs, { cwd: root, env, signal: controller.signal });
  if (exit.code !== 0) throw new ExpectedFailure(`${label} failed (exit ${exit.code ?? exit.signal})`);
}

async function main() {
  if (!existsSync(path.join(root, "lib/generated/prisma/client.ts"))) {
    await run("prisma generate", process.execPath, [path.join(root, "scripts/prisma.mjs"), "generate"]);
  }
  if (!args.has("--e2e-only")) {
    await run("unit and integration tests (Vitest)", process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run"]);
  }
  if (!args.has("--skip-e2e")) {
    await buildIfStale(root, { env: process.env, signal: controller.signal, log: (line) => console.log(`[test] ${line}`) });
    await run("end-to-end tests (Playwright + Chromium)", process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "test"], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
    });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
