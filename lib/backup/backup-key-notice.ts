import "server-only";
// The backup key, shown once to the coordinator of a real centre (made at set-up,
// it must be stored off the machine: without it no backup can be read). npm start creates the
// key and prints it in the terminal; the person who set the centre up may never read that
// terminal, so their first pages show it too, until they say they have stored it. After that
// the app never shows it again: the file stays on the machine, readable by its owner only.
import { readFileSync } from "node:fs";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { centreModeOf } from "@/lib/setup/centre-mode";

export const KEY_ACKNOWLEDGED_SETTING = "backups.key-acknowledged-at";

export type BackupKeyNotice = { key: string; file: string };

/** The key file npm start created (start.ts passes its absolute path to the app). */
export function configuredBackupKeyFile(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.HALTE_BACKUP_KEY_FILE?.trim() || null;
}

/** The key to show, or null: not a coordinator, the demo, already stored, or no key file here. */
export async function pendingBackupKey(session: SessionUser): Promise<BackupKeyNotice | null> {
  if (!can(session.role, "settings:manage")) return null;
  const file = configuredBackupKeyFile();
  if (!file) return null;
  const [mode, acknowledged] = await Promise.all([centreModeOf(prisma), prisma.setting.findUnique({ where: { key: KEY_ACKNOWLEDGED_SETTING } })]);
  if (mode !== "real" || acknowledged) return null;
  try {
    const key = readFileSync(file, "utf8").trim();
    return /^[A-Za-z0-9_-]{43}$/.test(key) ? { key, file } : null;
  } catch {
    return null;
  }
}
