// The front-desk figures run in a process of their own (front-desk-figures.ts starts it):
//   node --import tsx scripts/bench/front-desk-worker.ts --scale centre|network
// It registers the "server-only" stub before anything imports lib/, then runs the job.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
await import("./front-desk-job.ts");
