// Which nightly backups rotation keeps (14 nightly, 12 monthly), when the nightly one is due, and
// what the settings page is told about the last one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backupFreshness, readBackupStatus, recordBackupOutcome } from "../../lib/backup/backup-status.ts";
import { backupFileName, nightlyToDelete, parseBackupName, type BackupFile } from "../../scripts/backup/backup-files.ts";
import { latestSlot, nightlyDue } from "../../scripts/backup/nightly.ts";

const DAY = 24 * 60 * 60 * 1000;

function nightlies(from: Date, days: number): BackupFile[] {
  return Array.from({ length: days }, (_, i) => parseBackupName(backupFileName("nightly", new Date(from.getTime() + i * DAY)))!);
}

describe("rotation", () => {
  it("keeps the 14 newest nightly backups and the first of each of the 12 newest months", () => {
    // 400 daily backups from 2025-10-01 to 2026-11-04.
    const files = nightlies(new Date("2025-10-01T16:00:00Z"), 400);
    const deleted = new Set(nightlyToDelete(files).map((file) => file.name));
    const kept = files.filter((file) => !deleted.has(file.name));
    const newest = files.slice(-14);
    for (const file of newest) expect(deleted.has(file.name)).toBe(false);
    const monthly = kept.filter((file) => !newest.includes(file));
    // The first of each of the 12 newest months (2025-12 to 2026-11; November 1st is also among the 14 newest).
    const months = kept.map((file) => file.at.toISOString().slice(0, 10)).filter((day) => day.endsWith("-01"));
    expect(months).toEqual([
      "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01",
      "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01",
    ]);
    expect(kept.length).toBe(14 + monthly.length);
    expect(monthly.length).toBe(11);
    expect(kept.length).toBe(25);
  });

  it("never deletes manual or pre-upgrade backups", () => {
    const files = [
      ...nightlies(new Date("2026-01-01T16:00:00Z"), 60),
      parseBackupName(backupFileName("manual", new Date("2026-01-02T10:00:00Z")))!,
      parseBackupName(backupFileName("upgrade", new Date("2026-01-03T10:00:00Z")))!,
    ];
    const deleted = nightlyToDelete(files);
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.every((file) => file.reason === "nightly")).toBe(true);
  });

  it("reads only its own names", () => {
    expect(parseBackupName("halte-nightly-2026-11-26T143205Z.hbk")?.at.toISOString()).toBe("2026-11-26T14:32:05.000Z");
    expect(parseBackupName("halte-nightly-2026-11-26T143205Z.hbk.partial-ab12")).toBeNull();
    expect(parseBackupName("notes.txt")).toBeNull();
  });
});

describe("when the nightly backup is due", () => {
  const hour = 11;
  const at = (local: string) => new Date(local); // machine-local time, as the schedule reads it

  it("follows a closed night", () => {
    const closed = at("2026-12-03T01:40:00");
    expect(nightlyDue({ now: at("2026-12-03T01:45:00"), hour, lastNightly: at("2026-12-02T11:00:00"), lastNightClosedAt: closed })).toBe(true);
    // Taken at 01:45: not again at 11:00 that morning.
    expect(nightlyDue({ now: at("2026-12-03T11:05:00"), hour, lastNightly: at("2026-12-03T01:45:00"), lastNightClosedAt: closed })).toBe(false);
  });

  it("is taken at the set hour when no night closed, and caught up after the machine was off", () => {
    expect(nightlyDue({ now: at("2026-12-03T10:55:00"), hour, lastNightly: at("2026-12-02T11:02:00"), lastNightClosedAt: null })).toBe(false);
    expect(nightlyDue({ now: at("2026-12-03T11:00:00"), hour, lastNightly: at("2026-12-02T11:02:00"), lastNightClosedAt: null })).toBe(true);
    expect(nightlyDue({ now: at("2026-12-06T19:00:00"), hour, lastNightly: at("2026-12-02T11:02:00"), lastNightClosedAt: null })).toBe(true);
    expect(nightlyDue({ now: at("2026-12-03T09:00:00"), hour, lastNightly: null, lastNightClosedAt: null })).toBe(true);
  });

  it("places the slot at the latest set hour not after now", () => {
    expect(latestSlot(at("2026-12-03T10:59:00"), hour).getTime()).toBe(at("2026-12-02T11:00:00").getTime());
    expect(latestSlot(at("2026-12-03T11:00:00"), hour).getTime()).toBe(at("2026-12-03T11:00:00").getTime());
  });
});

describe("what the settings page says about the last backup", () => {
  const status = (lastSuccessAt: string | null) => ({ lastSuccessAt, lastFile: null, lastFailureAt: null, lastFailure: null });
  const now = new Date("2026-12-03T15:00:00Z");

  it("warns past 2 days, and when there has never been one", () => {
    expect(backupFreshness(status(null), now).kind).toBe("never");
    expect(backupFreshness(status("2026-12-01T15:00:00Z"), now).kind).toBe("fresh");
    expect(backupFreshness(status("2026-12-01T14:59:00Z"), now).kind).toBe("stale");
  });

  it("reads what the backups recorded, and survives a missing or broken status file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "halte-status-"));
    try {
      expect(readBackupStatus(dir).lastSuccessAt).toBeNull();
      recordBackupOutcome(dir, { at: now, file: "/b/halte-nightly.hbk" });
      recordBackupOutcome(dir, { at: new Date("2026-12-04T15:00:00Z"), failure: "pg_dump failed / pg_dump a échoué:\nsecond line" });
      expect(readBackupStatus(dir)).toEqual({
        lastSuccessAt: now.toISOString(),
        lastFile: "/b/halte-nightly.hbk",
        lastFailureAt: "2026-12-04T15:00:00.000Z",
        lastFailure: "pg_dump failed / pg_dump a échoué:",
      });
      writeFileSync(path.join(dir, "backup-status.json"), "{ not json");
      expect(readBackupStatus(dir).lastSuccessAt).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
