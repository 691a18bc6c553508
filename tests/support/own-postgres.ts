// A PostgreSQL server of the test's own, in a temporary directory on a free port, that the test
// may stop and start again (the machine's shared server must never be): initdb and pg_ctl from
// /usr/lib/postgresql/<version>/bin. pg_ctl refuses to run as root, so as root every command
// runs as the `postgres` account (runuser), in a directory that account owns.
import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { claimPort } from "../../scripts/db/embedded-postgres.ts";

const run = promisify(execFile);
const { Client } = pg;

/** The newest installed PostgreSQL's bin directory, or null when there is none. */
export function postgresBinDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((name) => existsSync(path.join(base, name, "bin", "pg_ctl"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : null;
}

export type OwnPostgres = {
  url: string;
  port: number;
  /** `pg_ctl stop -m fast`: open sessions are terminated, as in a real restart. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
};

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("no PostgreSQL under /usr/lib/postgresql/*/bin");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "halte-own-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const tool = (name: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, name), ...args], { cwd: dir }) : run(path.join(bin, name), args, { cwd: dir });

  const port = await claimPort(0);
  await tool("initdb", ["-D", dataDir, "-U", "halte", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => void (await tool("pg_ctl", ["-D", dataDir, "-o", options, "-l", logFile, "-w", "-t", "60", "start"]));
  const stop = async () => void (await tool("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]));
  await start();
  const admin = new Client({ connectionString: `postgresql://halte@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    await admin.query("CREATE DATABASE halte");
  } finally {
    await admin.end();
  }
  return {
    url: `postgresql://halte@127.0.0.1:${port}/halte`,
    port,
    stop,
    start,
    destroy: async () => {
      await tool("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
