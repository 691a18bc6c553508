// Runs the front-desk worker (front-desk-worker.ts) in a child process and returns its result.
import { runWorker, WorkerFailed } from "./worker-process.ts";
import { RESULT_PREFIX, type FrontDeskResult } from "./front-desk-result.ts";
import type { ScaleName } from "./front-desk-scale.ts";

export { WorkerFailed as FrontDeskFailed };

export async function runFrontDeskWorker(
  scale: ScaleName,
  options: { rootDir: string; databaseUrl: string | undefined; timeoutMs: number; signal: AbortSignal },
): Promise<FrontDeskResult> {
  return runWorker<FrontDeskResult>("scripts/bench/front-desk-worker.ts", ["--scale", scale], {
    ...options,
    label: `${scale} front-desk bench`,
    resultPrefix: RESULT_PREFIX,
  });
}
