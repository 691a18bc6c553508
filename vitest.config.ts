import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// This run is the test harness: the app's clock honours HALTE_TEST_CLOCK (README: tests at any
// hour), e.g. `HALTE_TEST_CLOCK=2026-12-04T02:30:00-05:00 npx vitest run`. One real starting
// instant for the runner and its workers, so they agree to the millisecond (as playwright.config.ts).
process.env.HALTE_TEST_HARNESS = "1";
if (process.env.HALTE_TEST_CLOCK) process.env.HALTE_TEST_CLOCK_SINCE ??= String(Date.now());
const alias = {
  "@": root,
  // lib/ modules guard against client bundles with `import "server-only"`; tests run them on the server.
  "server-only": path.join(root, "tests/support/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/fail-on-console.ts", "tests/support/integration-setup.ts"],
          // One database for the whole run, reset before each file: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
