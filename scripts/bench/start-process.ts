// Runs `npm start`'s script the way a person does, in a process group of its own, so that
// SIGINT to the group is exactly a Ctrl-C in a terminal and a SIGKILL to the group can never
// leave a `next start` behind.
import { spawn, type ChildProcess } from "node:child_process";

export type StartProcess = {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines it printed, for the report when something fails. */
  output: () => string;
  /** Ctrl-C, then SIGKILL to the whole group after `graceMs`. */
  stop: (graceMs?: number) => Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }>;
};

const KEEP_LINES = 200;

export function spawnStart(rootDir: string, env: NodeJS.ProcessEnv): StartProcess {
  const child = spawn("npx", ["tsx", "--import", "./scripts/server-side.mjs", "scripts/start.ts"], {
    cwd: rootDir,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter((line) => line !== ""));
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("error", () => resolve({ code: null, signal: null }));
    // "close", not "exit": the process may exit before its last lines (the database's "stopped"
    // line, which the bench checks) have been read from the pipes.
    child.once("close", (code, signal) => resolve({ code, signal }));
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  let alive = true;
  void exited.then(() => {
    alive = false;
  });

  return {
    child,
    exited,
    output: () => lines.join("\n"),
    stop: async (graceMs = 30_000) => {
      if (!alive) return { ...(await exited), killed: false };
      signalGroup("SIGINT");
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), graceMs);
      });
      const first = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      if (first === "timeout") {
        signalGroup("SIGKILL");
        return { ...(await exited), killed: true };
      }
      // The script has exited; anything left in its group (it should be nothing) goes too.
      signalGroup("SIGKILL");
      return { ...first, killed: false };
    },
  };
}

/** Polls until `url` answers 200; resolves with the milliseconds since `since`. */
export async function waitFor200(
  url: string,
  options: { since: number; timeoutMs: number; exited: Promise<unknown> },
): Promise<{ ok: true; ms: number } | { ok: false; reason: string }> {
  let exited = false;
  void options.exited.then(() => {
    exited = true;
  });
  let lastStatus = "no answer";
  while (performance.now() - options.since < options.timeoutMs) {
    if (exited) return { ok: false, reason: "the start script exited" };
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.body?.cancel();
      if (response.status === 200) return { ok: true, ms: performance.now() - options.since };
      lastStatus = `HTTP ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ok: false, reason: `no 200 within ${Math.round(options.timeoutMs / 1000)} s (last: ${lastStatus})` };
}
