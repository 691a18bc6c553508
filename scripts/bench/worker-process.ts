// Runs a bench worker (a script of scripts/bench/ that loads lib/ with the "server-only" stub)
// in a child process and returns the one result line it prints: a process of its own so that a
// timeout or a Ctrl-C can stop a long job outright. Its progress goes to our stderr.
import { spawn } from "node:child_process";
import { Aborted, exitOf, stopChild } from "../start/child-process.ts";

export class WorkerFailed extends Error {}

export async function runWorker<T>(
  script: string,
  args: string[],
  options: { label: string; resultPrefix: string; rootDir: string; databaseUrl: string | undefined; timeoutMs: number; signal: AbortSignal },
): Promise<T> {
  if (options.signal.aborted) throw new Aborted();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The worker points the app's client at the bench database itself; nothing else may leak in.
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "BENCH_WORKER_DATABASE_URL", "HALTE_EMBEDDED_DATABASE"]) delete env[name];
  if (options.databaseUrl) env.BENCH_WORKER_DATABASE_URL = options.databaseUrl;

  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: options.rootDir, env, stdio: ["ignore", "pipe", "inherit"] });
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
    if (timedOut) throw new WorkerFailed(`the ${options.label} did not finish within ${Math.round(options.timeoutMs / 60_000)} min`);
    const line = stdout.split("\n").find((candidate) => candidate.startsWith(options.resultPrefix));
    if (exit.code !== 0 || !line) throw new WorkerFailed(`the ${options.label} failed (exit ${exit.code ?? exit.signal}); see above`);
    return JSON.parse(line.slice(options.resultPrefix.length)) as T;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener("abort", onAbort);
  }
}
