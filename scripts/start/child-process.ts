// Children of `npm start` (prisma generate, next build, next start/dev) are stopped the same
// way: SIGTERM, then SIGKILL when they have not exited after a grace period, so that Ctrl-C
// never leaves the database waiting on a child that hangs.
import { spawn, type ChildProcess } from "node:child_process";

export const STOP_GRACE_MS = 10_000;

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null };

export function exitOf(child: ChildProcess): Promise<ChildExit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
}

/** Sends SIGTERM, waits up to `graceMs`, then SIGKILL. Resolves once the child has exited. */
export async function stopChild(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<ChildExit> {
  const exited = exitOf(child);
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, graceMs);
  });
  await Promise.race([exited, killed]);
  clearTimeout(timer);
  return exited;
}

export class Aborted extends Error {
  constructor() {
    super("Stopped by a signal");
    this.name = "Aborted";
  }
}

/** Runs a command to its end with inherited output; an aborted `signal` stops it and throws Aborted. */
export async function runToCompletion(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; signal: AbortSignal },
): Promise<ChildExit> {
  if (options.signal.aborted) throw new Aborted();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: "inherit" });
  const spawnFailed = new Promise<never>((_, reject) => child.once("error", reject));
  const onAbort = () => void stopChild(child);
  options.signal.addEventListener("abort", onAbort, { once: true });
  try {
    const exit = await Promise.race([exitOf(child), spawnFailed]);
    if (options.signal.aborted) throw new Aborted();
    return exit;
  } finally {
    options.signal.removeEventListener("abort", onAbort);
  }
}
