// The stock worker (stock-figures.ts starts it): node --import tsx scripts/bench/stock-worker.ts
// It registers the "server-only" stub before anything imports lib/, then runs the job.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
await import("./stock-job.ts");
