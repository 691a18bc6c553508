// End-to-end tests: Debian's Chromium (never a browser Playwright downloads) against the
// production build in .next/, served by tests/e2e/support/e2e-server.ts on a fresh database
// with the demo data. `npm test` builds first when the build is stale.
import { register } from "node:module";
import { defineConfig, devices } from "@playwright/test";

// The specs' support files load lib/ (the database client, password hashes): lib/ files import
// "server-only", an empty module in this server-side process (scripts/server-side.mjs). The
// config is loaded before any spec, in the runner and in each worker.
register("./scripts/bench/server-only-hooks.mjs", import.meta.url);

const port = Number(process.env.E2E_PORT ?? 3100);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  throw new Error(`E2E_PORT must be a port number, not "${process.env.E2E_PORT}"`);
}
// This run is the test harness: the app's clock honours HALTE_TEST_CLOCK (README: tests at any
// hour). One real starting instant for every process (this runner, its workers, the server it
// starts, whose children inherit it), so server, tests and browser show the same time.
process.env.HALTE_TEST_HARNESS = "1";
if (process.env.HALTE_TEST_CLOCK) process.env.HALTE_TEST_CLOCK_SINCE ??= String(Date.now());

// localhost, not 127.0.0.1: it is NEXTAUTH_URL's host, so cookies and the Origin check match.
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // The server, its database and the sign-in lockout are shared: one test at a time
  // (2 cores, and the embedded PGlite serves one session).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "fr-CA",
    timezoneId: "America/Montreal",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx --import ./scripts/server-side.mjs tests/e2e/support/e2e-server.ts",
    url: `${baseURL}/sign-in`,
    env: { E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    // Migrations, demo data (argon2 hashes) and `next start`: a few seconds, more on a busy machine.
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server stop Next, then drop or close its database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
