// `npm run backup` and `npm run restore` on a real PostgreSQL server:
// a seeded database backed up (pg_dump, encrypted), restored into a fresh database, every
// table's row count compared (tables enumerated from pg_tables); a damaged backup refused
// without touching the target. The embedded database's backups: embedded-backup.test.ts.
//
// This needs pg_dump and a
// server: TEST_DATABASE_URL's when set (CI), otherwise the local one at 127.0.0.1:5432 when it
// answers. On a machine with neither, the test checks that backup says what is missing, and in
// CI (CI=true) a missing server or pg_dump is a failure, never a silent pass.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionStringFor } from "../../lib/database-url.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { ensureReferenceData } from "../../lib/catalogue/ensure-catalogue.ts";
import { prepareDatabase } from "../../scripts/db/prepare-database.ts";
import { seedDemoData } from "../../prisma/seed/seed-demo.ts";
import { TSX_SERVER_SIDE } from "@/tests/support/tsx-command";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

function hasPgDump(): boolean {
  try {
    execFileSync("pg_dump", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: connectionStringFor(url), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const serverUrl = process.env.TEST_DATABASE_URL ?? ((await reachable(LOCAL_SERVER)) ? LOCAL_SERVER : undefined);
const pgDump = hasPgDump();
const available = serverUrl !== undefined && pgDump;

type Run = { code: number | null; stdout: string; stderr: string };
function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  return new Promise((resolve) => {
    execFile(process.execPath, [...TSX_SERVER_SIDE, path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, env: childEnv, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Row count of every table of the public schema, from pg_tables: no hand-kept list. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  return await onServer(url, async (client) => {
    const tables = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts: Record<string, number> = {};
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${tablename.replace(/"/g, '""')}"`);
      counts[tablename] = rows[0]!.n;
    }
    return counts;
  });
}

async function databasesNamed(prefix: string): Promise<string[]> {
  return await onServer(serverUrl!, async (client) =>
    (await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname`, [`${prefix}%`])).rows.map(
      (row) => row.datname,
    ),
  );
}

// Registered only where it can run (no skipped test shows up): see the last test for the rest.
if (available) describe(`backup and restore on ${new URL(serverUrl!).host}`, () => {
  const prefix = `halte_backup_${randomBytes(4).toString("hex")}`;
  const source = `${prefix}_source`;
  const restored = `${prefix}_restored`;
  const backupDir = mkdtempSync(path.join(os.tmpdir(), "halte-backups-"));
  const keyFile = path.join(backupDir, "..", `${path.basename(backupDir)}.key`);
  const keyEnv = { HALTE_BACKUP_KEY_FILE: keyFile };
  let backupFile = "";
  let sourceCounts: Record<string, number> = {};

  beforeAll(async () => {
    await onServer(serverUrl!, (client) => client.query(`CREATE DATABASE "${source}"`));
    await prepareDatabase(databaseUrl(source), { log: () => {} });
    const prisma = createPrismaClient(databaseUrl(source), { max: 2 });
    try {
      await ensureReferenceData(prisma);
      // Accounts, stocked shelves, a closed night with a dozen regulars and their visits.
      await seedDemoData(prisma, { history: false, openingStock: true });
      await prisma.auditEvent.create({ data: { action: "backup.test", outcome: "SUCCESS" } });
    } finally {
      await prisma.$disconnect();
    }
    sourceCounts = await rowCounts(databaseUrl(source));
  }, 120_000);

  afterAll(async () => {
    for (const name of await databasesNamed(prefix)) {
      await onServer(serverUrl!, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
    rmSync(backupDir, { recursive: true, force: true });
    rmSync(keyFile, { force: true });
  });

  it("backs up into a timestamped encrypted file only its owner can read, creating the key once", async () => {
    const run = await runScript("backup.ts", [], { DATABASE_URL: databaseUrl(source), HALTE_BACKUP_DIR: backupDir, ...keyEnv });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const files = readdirSync(backupDir).filter((name) => name.endsWith(".hbk"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^halte-manual-\d{4}-\d\d-\d\dT\d{6}Z\.hbk$/);
    backupFile = path.join(backupDir, files[0]!);
    expect(run.stdout).toContain(backupFile);
    expect(run.stdout).toContain(readFileSync(keyFile, "utf8").trim());
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(statSync(backupDir).mode & 0o077).toBe(0);
    // Our header, and no pg_dump archive ("PGDMP") or table name in the clear.
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 8).toString()).toBe("HALTEBAK");
    expect(bytes.includes(Buffer.from("PGDMP"))).toBe(false);
    expect(bytes.includes(Buffer.from("AuditEvent"))).toBe(false);
  });

  it("restores into a fresh database with the same rows in every table", async () => {
    expect(Object.keys(sourceCounts).length).toBeGreaterThan(20);
    expect(sourceCounts.User).toBeGreaterThan(0);
    expect(sourceCounts.Visit).toBeGreaterThan(0);
    expect(sourceCounts.AuditEvent).toBeGreaterThan(0);

    const run = await runScript("restore.ts", [backupFile], { DATABASE_URL: databaseUrl(restored), ...keyEnv });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await rowCounts(databaseUrl(restored))).toEqual(sourceCounts);
    // Only the restored database is left: the temporary one took its name.
    expect(await databasesNamed(prefix)).toEqual([restored, source].sort());
    // The audit log is still append-only in the copy: its trigger came with the dump.
    await expect(onServer(databaseUrl(restored), (client) => client.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow("append-only");
  });

  it("refuses to restore over a database that holds tables without --replace, changing nothing", async () => {
    await onServer(databaseUrl(restored), (client) => client.query(`INSERT INTO "AuditEvent" ("action", "outcome") VALUES ('after.restore', 'SUCCESS')`));
    const before = await rowCounts(databaseUrl(restored));
    const run = await runScript("restore.ts", [backupFile], { DATABASE_URL: databaseUrl(restored), ...keyEnv });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--replace");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await rowCounts(databaseUrl(restored))).toEqual(before);
    expect(await databasesNamed(prefix)).toEqual([restored, source].sort());
  });

  it("stops at a damaged backup and leaves the target untouched, even with --replace", async () => {
    const before = await rowCounts(databaseUrl(restored));
    const bytes = readFileSync(backupFile);

    // Cut short, and one bit flipped in the middle: the GCM tag catches both before pg_restore runs.
    const truncated = path.join(backupDir, "truncated.hbk");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = flipped[middle]! ^ 0x01;
    const garbledFile = path.join(backupDir, "garbled.hbk");
    writeFileSync(garbledFile, flipped);

    for (const [corrupt, reason] of [
      [truncated, "damaged or cut short"],
      [garbledFile, "damaged or cut short"],
    ] as const) {
      const run = await runScript("restore.ts", [corrupt, "--replace"], { DATABASE_URL: databaseUrl(restored), ...keyEnv });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).toContain("nothing changed");
      expect(await rowCounts(databaseUrl(restored))).toEqual(before);
      // No temporary database and no "before restore" copy left behind.
      expect(await databasesNamed(prefix)).toEqual([restored, source].sort());
    }
  });

  it("with --replace, swaps in the backup and keeps the previous database under another name", async () => {
    const run = await runScript("restore.ts", [backupFile, "--replace"], { DATABASE_URL: databaseUrl(restored), ...keyEnv });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await rowCounts(databaseUrl(restored))).toEqual(sourceCounts);
    const names = await databasesNamed(prefix);
    expect(names).toHaveLength(3);
    const kept = names.find((name) => name.startsWith(`${restored}_before_restore_`));
    expect(kept, names.join(", ")).toBeDefined();
    expect(run.stdout).toContain(kept!);
    expect((await rowCounts(databaseUrl(kept!))).AuditEvent).toBe(sourceCounts.AuditEvent! + 1);
  });
});

describe("backup without a PostgreSQL server", () => {
  it("on the embedded database, says when the data directory holds no database", async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), "halte-no-data-"));
    try {
      const run = await runScript("backup.ts", [], { DATABASE_URL: undefined, HALTE_DATA_DIR: path.join(empty, "data") });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("No database in");
      expect(run.stderr).toContain("HALTE_DATA_DIR");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  if (!available) it("here: says what is missing (and fails in CI, where both must be present)", async () => {
    expect(process.env.CI, `backup round trip not run: ${pgDump ? "" : "pg_dump missing; "}${serverUrl ? "" : "no PostgreSQL server"}`).not.toBe("true");
    if (!pgDump) {
      const run = await runScript("backup.ts", [], { DATABASE_URL: LOCAL_SERVER, HALTE_BACKUP_KEY_FILE: path.join(os.tmpdir(), "halte-never.key") });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("pg_dump is not installed");
    }
  });
});
