// The server Playwright's webServer starts: a fresh migrated database (a database of its own on
// TEST_DATABASE_URL's server, else an in-memory PGlite), the demo data, then `next start` on the
// production build. On SIGTERM or SIGINT it stops Next first, then the database, then exits.
//   npx tsx --import ./scripts/server-side.mjs tests/e2e/support/e2e-server.ts   (port: E2E_PORT, default 3100)
import { randomBytes } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTestDatabase, type TestDatabase } from "../../support/test-database.ts";
import { createPrismaClient } from "../../../lib/db-client.ts";
import { seedDemoData } from "../../../prisma/seed/seed-demo.ts";
import { fakeClockLabel, testNow } from "../../support/test-clock.ts";
import { serveEnv, serveNext, type NextServer } from "../../../scripts/start/serve-next.ts";
import { e2eDatabaseUrlFile } from "./database-url-file.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const log = (line: string) => process.stdout.write(`[e2e-server] ${line}\n`);

async function main(): Promise<number> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    process.stderr.write(
      "[e2e-server] No production build in .next/: run npm test (or npm run test:e2e), which builds first.\n",
    );
    return 1;
  }
  const port = Number(process.env.E2E_PORT ?? 3100);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    process.stderr.write(`[e2e-server] E2E_PORT must be a port number, not "${process.env.E2E_PORT}"\n`);
    return 1;
  }

  let database: TestDatabase | undefined;
  let server: NextServer | undefined;
  let stopping = false;
  const stopped = new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping`);
      resolve();
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });

  try {
    const started = Date.now();
    database = await startTestDatabase("e2e");
    const prisma = createPrismaClient(database.url);
    try {
      // Users and stocked shelves only: each spec builds the nights and participants it needs.
      // Dated by the clock the app will run on: "a week ago" is a week before the test clock.
      await seedDemoData(prisma, { history: false, openingStock: true, today: testNow() });
    } finally {
      // The embedded database takes 2 connections in all: the app needs one of them.
      await prisma.$disconnect();
    }
    log(`database ready with demo data in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Where a spec reads what the app wrote (tests/e2e/support/database.ts), by this run's port.
    writeFileSync(e2eDatabaseUrlFile(port), database.url, { mode: 0o600 });
    if (stopping) return 0;

    // The request log at info is thousands of lines a run: Playwright's output shows failures
    // (5xx lines, errors) unless LOG_LEVEL asks for more.
    const env = serveEnv({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" }, {
      databaseUrl: database.url,
      // A new secret per run: no cookie from an earlier run is worth anything.
      authSecret: randomBytes(48).toString("base64url"),
      publicUrl: `http://localhost:${port}`,
      embedded: !process.env.TEST_DATABASE_URL,
      host: "127.0.0.1",
      port,
    });
    server = serveNext({ rootDir: root, dev: false, env, host: "127.0.0.1", port });
    log(`next start on http://localhost:${port}${fakeClockLabel() ? `, clock set to ${fakeClockLabel()} (runs on from there)` : ""}`);

    const outcome = await Promise.race([
      server.exited.then((exit) => ({ kind: "exited" as const, exit })),
      stopped.then(() => ({ kind: "signal" as const })),
    ]);
    if (outcome.kind === "exited") {
      // Playwright signals the whole process group: Next may exit just before our handler runs.
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 500))]);
    }
    if (outcome.kind === "exited" && !stopping) {
      process.stderr.write(`[e2e-server] next start exited (${outcome.exit.signal ?? `code ${outcome.exit.code}`})\n`);
      return 1;
    }
    return 0;
  } finally {
    if (server) await server.stop();
    if (database) await database.stop();
    rmSync(e2eDatabaseUrlFile(port), { force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[e2e-server] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
