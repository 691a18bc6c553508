// Runs the front-desk worker (front-desk-worker.ts) in a child process and returns its result.
// A process of its own because lib/ must be loaded with the "server-only" stub, and so that a
// timeout or a Ctrl-C can stop a multi-million-row job outright. Its progress goes to our stderr.
import { spawn } from "node:child_process";
import { Aborted, exitOf, stopChild } from "../start/child-process.ts";
import { RESULT_PREFIX, type FrontDeskResult } from "./front-desk-result.ts";
import type { ScaleName } from "./front-desk-scale.ts";

export class FrontDeskFailed extends Error {}

export async function runFrontDeskWorker(
  scale: ScaleName,
  options: { rootDir: string; databaseUrl: string | undefined; timeoutMs: number; signal: AbortSignal },
): Promise<FrontDeskResult> {
  if (options.signal.aborted) throw new Aborted();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The worker points the app's client at the bench database itself; nothing else may leak in.
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "BENCH_WORKER_DATABASE_URL", "HALTE_EMBEDDED_DATABASE"]) delete env[name];
  if (options.databaseUrl) env.BENCH_WORKER_DATABASE_URL = options.databaseUrl;

  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/front-desk-worker.ts", "--scale", scale], {
    cwd: options.rootDir,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  const spawnFailed = new Promise<never>((_, reject) => child.once("error", reject));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopChild(child);
  }, options.timeoutMs);
  const onAbort = () => void stopChild(child);
  options.signal.addEventListener("abort", onAbort, { once: true });
  try {
    const exit = await Promise.race([exitOf(child), spawnFailed]);
    if (options.signal.aborted) throw new Aborted();
    if (timedOut) throw new FrontDeskFailed(`the ${scale} front-desk bench did not finish within ${Math.round(options.timeoutMs / 60_000)} min`);
    const line = stdout.split("\n").find((candidate) => candidate.startsWith(RESULT_PREFIX));
    if (exit.code !== 0 || !line) throw new FrontDeskFailed(`the ${scale} front-desk bench failed (exit ${exit.code ?? exit.signal}); see above`);
    return JSON.parse(line.slice(RESULT_PREFIX.length)) as FrontDeskResult;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener("abort", onAbort);
  }
}
