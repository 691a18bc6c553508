// Before new migrations touch an existing database, `npm start` backs the
// embedded one up first and stops for a PostgreSQL one until the operator says it is backed up;
// a database migrated by a newer Halte (a migration this code lacks) is refused, unchanged.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/db/apply-migrations.ts";
import { claimPort, startEmbeddedPostgres } from "../../scripts/db/embedded-postgres.ts";
import { openDurablePGlite } from "../../scripts/db/durable-nodefs.ts";
import { DEFAULT_MIGRATIONS_DIR, listMigrations } from "../../scripts/db/migration-files.ts";
import { readStartConfig } from "../../scripts/start/config.ts";
import { prepareBackups } from "../../scripts/start/backups.ts";
import { ROOT, runScript, startEmbeddedHalte, stopHalte, withClient } from "../support/embedded-halte-process.ts";
import { withScratchDatabase } from "../support/scratch-database.ts";
import { TSX_SERVER_SIDE } from "@/tests/support/tsx-command";

const base = mkdtempSync(path.join(os.tmpdir(), "halte-upgrade-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const migrations = listMigrations();
const last = migrations.at(-1)!.name;

/** A copy of prisma/migrations without its newest migration: the code of the previous release. */
function previousRelease(): string {
  const dir = path.join(base, `previous-${readdirSync(base).length}`);
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  rmSync(path.join(dir, last), { recursive: true });
  return dir;
}

async function appliedIn(pgliteDir: string): Promise<string[]> {
  const db = await openDurablePGlite(pgliteDir);
  try {
    return (await db.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY 1`)).rows.map((row) => row.name);
  } finally {
    await db.close();
  }
}

describe("upgrading the embedded database", () => {
  it("takes a backup of the database as it was, then applies the new migration", async () => {
    const dataDir = path.join(base, "embedded", "data");
    const pgliteDir = path.join(dataDir, "pglite");
    const old = await startEmbeddedPostgres({ dataDir: pgliteDir });
    await applyMigrations(old.url, { migrationsDir: previousRelease() });
    await old.stop();

    const halte = await startEmbeddedHalte({ HALTE_DATA_DIR: dataDir, DATABASE_PORT: String(await claimPort(0)) });
    try {
      expect(halte.output()).toContain("1 new migration(s): backing up first");
      const upgraded = await withClient(halte.url, async (c) => (await c.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [last])).rowCount);
      expect(upgraded).toBe(1);
    } finally {
      await stopHalte(halte);
    }
    const backups = readdirSync(path.join(base, "embedded", "backups")).filter((name) => name.startsWith("halte-upgrade-"));
    expect(backups).toHaveLength(1);
    // The backup is the database before the upgrade: restored, it lacks the new migration.
    const restored = path.join(base, "embedded", "restored");
    const run = await runScript("restore.ts", [path.join(base, "embedded", "backups", backups[0]!)], { HALTE_DATA_DIR: restored });
    expect(run.stderr).toBe("");
    expect(await appliedIn(path.join(restored, "pglite"))).toEqual(migrations.slice(0, -1).map((m) => m.name));
  });

  it("refuses to start on a database migrated by a newer Halte, with one clear line, and changes nothing", async () => {
    const dataDir = path.join(base, "newer", "data");
    const pgliteDir = path.join(dataDir, "pglite");
    const db = await startEmbeddedPostgres({ dataDir: pgliteDir });
    await applyMigrations(db.url);
    await withClient(db.url, (c) =>
      c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ('00000000-0000-4000-8000-000000000001', 'x', '29991231000000_from_a_newer_halte', now(), now(), 1)`,
      ),
    );
    await db.stop();
    const before = await appliedIn(pgliteDir);

    const childEnv: NodeJS.ProcessEnv = { ...process.env, HALTE_DATA_DIR: dataDir, DATABASE_PORT: String(await claimPort(0)), PORT: String(await claimPort(0)) };
    delete childEnv.DATABASE_URL;
    delete childEnv.NEXTAUTH_SECRET;
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, [...TSX_SERVER_SIDE, path.join(ROOT, "scripts/start.ts")], { cwd: ROOT, env: childEnv, timeout: 80_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("The database is newer than this Halte");
    expect(run.stderr).toContain("29991231000000_from_a_newer_halte");
    expect(run.stderr).toContain("La base est plus récente que ce Halte");
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
    expect(await appliedIn(pgliteDir)).toEqual(before);
    // No backup was needed and none was taken; no demo data was added.
    expect(readdirSync(path.join(base, "newer")).filter((name) => name === "backups")).toEqual([]);
  });
});

describe("upgrading a PostgreSQL database", () => {
  it("stops until the operator says a backup was taken, then lets the migration run", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url, { migrationsDir: previousRelease() });
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, HALTE_DATA_DIR: path.join(base, "pg", "data"), HALTE_BACKUP_KEY_FILE: path.join(base, "pg", "key") };
      const config = readStartConfig(env, []);
      const refused = await prepareBackups(config, env, () => {});
      await expect(refused.beforeMigrate(url)).rejects.toThrow(/1 new migration\(s\) to apply .*npm run backup.*HALTE_UPGRADE_BACKED_UP=1/);
      await refused.stop();
      const confirmed = await prepareBackups(config, { ...env, HALTE_UPGRADE_BACKED_UP: "1" }, () => {});
      await expect(confirmed.beforeMigrate(url)).resolves.toBeUndefined();
      await confirmed.stop();
      // A database with nothing pending starts without a word.
      await applyMigrations(url);
      const current = await prepareBackups(config, env, () => {});
      await expect(current.beforeMigrate(url)).resolves.toBeUndefined();
      await current.stop();
    });
  });
});
