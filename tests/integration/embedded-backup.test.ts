// `npm run backup` on the embedded database while Halte runs, encrypted, and
// `npm run restore` into a new data directory giving the same rows in every table; the refusals
// (wrong key, damaged or cut-short backup, restore onto a running Halte) change nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimPort } from "../../scripts/db/embedded-postgres.ts";
import { openDurablePGlite } from "../../scripts/db/durable-nodefs.ts";
import { readBackupStatus } from "../../lib/backup/backup-status.ts";
import { rowCounts, runScript, startEmbeddedHalte, stopHalte, withClient, type RunningHalte } from "../support/embedded-halte-process.ts";

const base = mkdtempSync(path.join(os.tmpdir(), "halte-embedded-backup-"));
const dataDir = path.join(base, "data");
const restoredDir = path.join(base, "restored");
const backupDir = path.join(base, "backups");
const keyFile = path.join(base, "halte-backup.key");

async function countsIn(pgliteDir: string): Promise<Record<string, number>> {
  const db = await openDurablePGlite(pgliteDir);
  try {
    return await rowCounts(db);
  } finally {
    await db.close();
  }
}

function noStack(text: string) {
  expect(text).not.toMatch(/^\s+at /m);
}

describe("backups of the embedded database while Halte runs", () => {
  let halte: RunningHalte;
  let backupFile = "";
  let countsAtBackup: Record<string, number> = {};

  beforeAll(async () => {
    halte = await startEmbeddedHalte({ HALTE_DATA_DIR: dataDir, DATABASE_PORT: String(await claimPort(0)) });
  }, 120_000);

  afterAll(async () => {
    if (halte) await stopHalte(halte);
    rmSync(base, { recursive: true, force: true });
  });

  it("created the backup key at the first start, owner-only, and showed it once", () => {
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, "utf8").trim();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(halte.output()).toContain(key);
    expect(halte.output()).toContain("OFF this machine");
  });

  it("backs up without stopping Halte, into an encrypted owner-only file", async () => {
    await withClient(halte.url, (c) => c.query(`INSERT INTO "AuditEvent" ("action", "outcome") VALUES ('backup.test', 'SUCCESS')`));
    countsAtBackup = await withClient(halte.url, (c) => rowCounts(c));
    const run = await runScript("backup.ts", [], { HALTE_DATA_DIR: dataDir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const files = readdirSync(backupDir).filter((name) => name.startsWith("halte-manual-"));
    expect(files).toHaveLength(1);
    backupFile = path.join(backupDir, files[0]!);
    expect(run.stdout).toContain(backupFile);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 8).toString()).toBe("HALTEBAK");
    // No gzip header after ours and no file or table name in the clear.
    expect(bytes.subarray(30, 33).equals(Buffer.from([0x1f, 0x8b, 0x08]))).toBe(false);
    expect(bytes.includes(Buffer.from("_prisma_migrations"))).toBe(false);
    expect(bytes.includes(Buffer.from("PG_VERSION"))).toBe(false);
    // Halte is still serving, and the settings page's status file knows.
    await withClient(halte.url, (c) => c.query(`INSERT INTO "AuditEvent" ("action", "outcome") VALUES ('after.backup', 'SUCCESS')`));
    expect(readBackupStatus(backupDir).lastFile).toBe(backupFile);
  });

  it("restores into a new data directory with the same rows in every table", async () => {
    expect(Object.keys(countsAtBackup).length).toBeGreaterThan(20);
    expect(countsAtBackup.Participant).toBeGreaterThan(0);
    expect(countsAtBackup.Visit).toBeGreaterThan(0);
    const run = await runScript("restore.ts", [backupFile], { HALTE_DATA_DIR: restoredDir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await countsIn(path.join(restoredDir, "pglite"))).toEqual(countsAtBackup);
    // Nothing left of the staging directory or the decrypted tarball; the session secret came
    // along (the keyed hashes of bad-date reports derive from it), owner-only.
    expect(readdirSync(restoredDir).sort()).toEqual(["auth-secret", "pglite"]);
    expect(readFileSync(path.join(restoredDir, "auth-secret"), "utf8")).toBe(readFileSync(path.join(dataDir, "auth-secret"), "utf8"));
    expect(statSync(path.join(restoredDir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain("session secret of the backup was restored");
  });

  it("refuses to restore onto the running Halte, changing nothing", async () => {
    const before = await withClient(halte.url, (c) => rowCounts(c));
    const run = await runScript("restore.ts", [backupFile, "--replace"], { HALTE_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is running on");
    expect(run.stderr).toContain("utilise");
    noStack(run.stderr);
    expect(await withClient(halte.url, (c) => rowCounts(c))).toEqual(before);
  });

  it("refuses a wrong key, a cut-short backup and an altered one, leaving the target as it was", async () => {
    const before = await countsIn(path.join(restoredDir, "pglite"));
    const otherKey = path.join(base, "other.key");
    writeFileSync(otherKey, "A".repeat(43) + "\n", { mode: 0o600 });
    const bytes = readFileSync(backupFile);
    const truncated = path.join(base, "truncated.hbk");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const altered = path.join(base, "altered.hbk");
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = flipped[middle]! ^ 0x01;
    writeFileSync(altered, flipped);
    const notABackup = path.join(base, "notes.txt");
    writeFileSync(notABackup, "not a backup at all, just some notes");

    const cases: Array<[string, Record<string, string>, string]> = [
      [backupFile, { HALTE_BACKUP_KEY_FILE: otherKey }, "made with another backup key"],
      [truncated, {}, "damaged or cut short"],
      [altered, {}, "damaged or cut short"],
      [notABackup, {}, "not a readable Halte backup"],
    ];
    for (const [file, env, message] of cases) {
      const run = await runScript("restore.ts", [file, "--replace"], { HALTE_DATA_DIR: restoredDir, ...env });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain(message);
      noStack(run.stderr);
      expect(readdirSync(restoredDir).sort()).toEqual(["auth-secret", "pglite"]);
      expect(await countsIn(path.join(restoredDir, "pglite"))).toEqual(before);
    }
  });

  it("without --replace refuses a directory that holds a database; with it keeps the previous one", async () => {
    const refused = await runScript("restore.ts", [backupFile], { HALTE_DATA_DIR: restoredDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--replace");
    const replaced = await runScript("restore.ts", [backupFile, "--replace"], { HALTE_DATA_DIR: restoredDir });
    expect(replaced.stderr).toBe("");
    expect(replaced.code).toBe(0);
    const names = readdirSync(restoredDir).sort();
    expect(names).toHaveLength(3);
    expect(names[2]).toMatch(/^pglite\.before-restore-/);
    expect(await countsIn(path.join(restoredDir, "pglite"))).toEqual(countsAtBackup);
  });
});
