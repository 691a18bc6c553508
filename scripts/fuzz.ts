// `npm run fuzz`: the server-action fuzzing of tests/integration/fuzz-actions.test.ts with
// 10,000 inputs per action instead of the 1,000 of `npm test` (FUZZ_RUNS to choose; FUZZ_SEED
// replays a run; without it each run draws a new seed, while `npm test` replays a fixed one).
// Uses TEST_DATABASE_URL when set, else an in-memory PGlite, as the tests do.
import path from "node:path";
import { runToCompletion } from "./start/child-process.ts";
import { REPO_ROOT } from "./start/config.ts";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());
const exit = await runToCompletion(
  process.execPath,
  [path.join(REPO_ROOT, "node_modules/vitest/vitest.mjs"), "run", "--project", "integration", "tests/integration/fuzz-actions.test.ts", ...process.argv.slice(2)],
  {
    cwd: REPO_ROOT,
    env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? "10000", FUZZ_SEED: process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31)) },
    signal: controller.signal,
  },
);
process.exit(exit.code ?? 1);
