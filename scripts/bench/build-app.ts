// `npm start`'s build step (buildIfStale) for the bench, run as a child of run.ts with its
// stdout sent to run.ts's stderr: `next build` prints a lot, and the bench's stdout carries
// only `bench ...` lines.
import { Aborted } from "../start/child-process.ts";
import { buildIfStale } from "../start/build-if-stale.ts";
import { REPO_ROOT } from "../start/config.ts";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.once("SIGTERM", () => controller.abort());

buildIfStale(REPO_ROOT, { env: process.env, signal: controller.signal, log: (line) => console.log(`[bench] ${line}`) }).then(
  (built) => {
    if (!built) console.log("[bench] the production build is up to date");
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`[bench] build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof Aborted ? 130 : 1);
  },
);
