// Starts tests/support/embedded-halte.ts in its own process group, so that a test can SIGKILL
// the whole of it as a power cut or an OOM kill would, and runs the backup/restore commands.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";
import { TSX_SERVER_SIDE } from "./tsx-command";

export const ROOT = path.resolve(import.meta.dirname, "../..");

function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  // The integration setup points DATABASE_URL at the test server: that would be external mode.
  if (!("DATABASE_URL" in env)) delete merged.DATABASE_URL;
  // Nor the test secret: a first start generates its own into the data directory.
  if (!("NEXTAUTH_SECRET" in env)) delete merged.NEXTAUTH_SECRET;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key];
  return merged;
}

export type RunningHalte = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

export async function startEmbeddedHalte(env: Record<string, string | undefined>, timeoutMs = 80_000): Promise<RunningHalte> {
  const child = spawn(process.execPath, [...TSX_SERVER_SIDE, path.join(ROOT, "tests/support/embedded-halte.ts")], {
    cwd: ROOT,
    env: childEnv(env),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no READY after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^READY (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before READY:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

/** The whole process group, at once, with no chance to flush or checkpoint anything. */
export async function killGroup(halte: RunningHalte): Promise<void> {
  process.kill(-halte.child.pid!, "SIGKILL");
  await halte.exited;
}

export async function stopHalte(halte: RunningHalte): Promise<void> {
  if (halte.child.exitCode !== null || halte.child.signalCode !== null) return;
  halte.child.kill("SIGTERM");
  await halte.exited;
}

export type Run = { code: number | null; stdout: string; stderr: string };

export function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...TSX_SERVER_SIDE, path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, env: childEnv(env), timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

type Queryable = { query: <R extends pg.QueryResultRow>(sql: string) => Promise<{ rows: R[] }> };

/** Row count of every table of the public schema, from pg_tables: no hand-kept list. */
export async function rowCounts(db: Queryable): Promise<Record<string, number>> {
  const tables = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const counts: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${tablename.replace(/"/g, '""')}"`);
    counts[tablename] = rows[0]!.n;
  }
  return counts;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
