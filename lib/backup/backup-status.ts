import "server-only";
// When the last backup ran, for the coordinator's settings page: a small JSON file beside the
// backups (the process that takes them is not the app, and a file still reads when the database
// does not). Written atomically by scripts/backup/; read here by the app.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export const BACKUP_STATUS_FILE = "backup-status.json";
/** Older than this, the settings page warns. */
export const BACKUP_STALE_MS = 2 * 24 * 60 * 60 * 1000;

export type BackupStatus = {
  lastSuccessAt: string | null;
  lastFile: string | null;
  lastFailureAt: string | null;
  /** The failure's first line, in English and French: no personal data ever reaches it. */
  lastFailure: string | null;
};

const EMPTY: BackupStatus = { lastSuccessAt: null, lastFile: null, lastFailureAt: null, lastFailure: null };

/** The backup directory the app was started with (start.ts passes it as an absolute path). */
export function configuredBackupDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.HALTE_BACKUP_DIR?.trim() || "backups");
}

export function readBackupStatus(dir: string): BackupStatus {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dir, BACKUP_STATUS_FILE), "utf8")) as Partial<BackupStatus>;
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    return {
      lastSuccessAt: text(parsed.lastSuccessAt),
      lastFile: text(parsed.lastFile),
      lastFailureAt: text(parsed.lastFailureAt),
      lastFailure: text(parsed.lastFailure),
    };
  } catch {
    return EMPTY;
  }
}

export function recordBackupOutcome(dir: string, outcome: { at: Date; file?: string; failure?: string }): void {
  const status = readBackupStatus(dir);
  const next: BackupStatus = outcome.failure
    ? { ...status, lastFailureAt: outcome.at.toISOString(), lastFailure: outcome.failure.split("\n")[0]!.slice(0, 300) }
    : { ...status, lastSuccessAt: outcome.at.toISOString(), lastFile: outcome.file ?? null };
  const file = path.join(dir, BACKUP_STATUS_FILE);
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify(next, null, 2) + "\n", { mode: 0o600 });
  renameSync(partial, file);
}

export type BackupFreshness = { kind: "never" } | { kind: "fresh"; at: Date } | { kind: "stale"; at: Date };

export function backupFreshness(status: BackupStatus, now: Date): BackupFreshness {
  if (!status.lastSuccessAt) return { kind: "never" };
  const at = new Date(status.lastSuccessAt);
  return now.getTime() - at.getTime() > BACKUP_STALE_MS ? { kind: "stale", at } : { kind: "fresh", at };
}
