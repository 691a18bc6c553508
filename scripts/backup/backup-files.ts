// Where backups go and what they are called: halte-<reason>-<UTC time>.hbk in HALTE_BACKUP_DIR
// (backups/ by default). The reason tells rotation which files it may delete: only nightly ones.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../start/config.ts";

export const BACKUP_REASONS = ["nightly", "manual", "upgrade"] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const KEEP_NIGHTLY = 14;
export const KEEP_MONTHLY = 12;

/**
 * HALTE_BACKUP_DIR (a relative one from the repository, as every other path setting), or
 * backups/ beside the data directory: the repository's backups/ with the default .data/.
 */
export function backupDirectory(env: NodeJS.ProcessEnv, dataDir: string): string {
  const configured = env.HALTE_BACKUP_DIR?.trim();
  return configured ? path.resolve(REPO_ROOT, configured) : path.join(path.dirname(dataDir), "backups");
}

/** `2026-11-26T143205Z`: sortable, no colon (safe in every file system). */
export function backupTimestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "");
}

export function backupFileName(reason: BackupReason, at: Date): string {
  return `halte-${reason}-${backupTimestamp(at)}.hbk`;
}

export type BackupFile = { name: string; reason: BackupReason; at: Date };

const NAME = /^halte-(nightly|manual|upgrade)-(\d{4})-(\d\d)-(\d\d)T(\d\d)(\d\d)(\d\d)Z\.hbk$/;

export function parseBackupName(name: string): BackupFile | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, reason, y, mo, d, h, mi, s] = match;
  return { name, reason: reason as BackupReason, at: new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!)) };
}

export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .map(parseBackupName)
    .filter((file): file is BackupFile => file !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * Nightly files to delete: all but the 14 newest and, for each of the 12 newest months that
 * have one, the month's first nightly backup (kept as that month's monthly copy).
 * Manual and pre-upgrade backups are never deleted here: someone asked for them.
 */
export function nightlyToDelete(files: readonly BackupFile[]): BackupFile[] {
  const nightly = files.filter((file) => file.reason === "nightly").sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(nightly.slice(0, KEEP_NIGHTLY).map((file) => file.name));
  const firstOfMonth = new Map<string, BackupFile>();
  for (const file of nightly) firstOfMonth.set(file.at.toISOString().slice(0, 7), file); // newest first: the last set wins, the month's first
  const months = [...firstOfMonth.keys()].sort().reverse().slice(0, KEEP_MONTHLY);
  for (const month of months) keep.add(firstOfMonth.get(month)!.name);
  return nightly.filter((file) => !keep.has(file.name));
}

export function rotateBackups(dir: string): string[] {
  const removed = nightlyToDelete(listBackups(dir));
  for (const file of removed) rmSync(path.join(dir, file.name), { force: true });
  return removed.map((file) => file.name);
}
