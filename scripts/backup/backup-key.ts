// The key every backup is encrypted with: 32 random bytes, written once (at the first start, or
// the first backup) into an owner-only file beside the data directory, not inside it, so that a
// copy of the data directory alone does not carry the key of its backups. Shown once in the
// terminal: the coordinator keeps it off the machine, or a stolen disk's backups cannot be read
// but neither can a lost disk's backups be restored.
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ExpectedFailure } from "../start/expected-failure.ts";

export const KEY_BYTES = 32;
export const DEFAULT_KEY_FILE_NAME = "halte-backup.key";

/** HALTE_BACKUP_KEY_FILE, or halte-backup.key in the data directory's parent. */
export function backupKeyFile(env: NodeJS.ProcessEnv, dataDir: string): string {
  const configured = env.HALTE_BACKUP_KEY_FILE?.trim();
  return configured ? path.resolve(configured) : path.join(path.dirname(dataDir), DEFAULT_KEY_FILE_NAME);
}

export type BackupKey = { key: Buffer; id: Buffer; file: string };

/** 8 bytes naming the key in each backup's header: tells "wrong key" from "damaged file". */
export function keyId(key: Buffer): Buffer {
  return createHash("sha256").update("halte-backup-key-id\0").update(key).digest().subarray(0, 8);
}

export function parseKey(text: string, file: string): BackupKey {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9_-]{43}$/.test(trimmed) ? Buffer.from(trimmed, "base64url") : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new ExpectedFailure(
      `${file} does not hold a Halte backup key (43 characters written when it was created) / ` +
        `${file} ne contient pas une clé de sauvegarde Halte (43 caractères)`,
    );
  }
  return { key, id: keyId(key), file };
}

/**
 * A key file someone else could read, or could have put there (a shared parent such as /tmp),
 * is refused: a planted key would let its author read every backup.
 */
function checkOwnerOnly(file: string): void {
  const stat = statSync(file);
  const ownedByUs = typeof process.getuid !== "function" || stat.uid === process.getuid();
  if (!ownedByUs || (stat.mode & 0o077) !== 0) {
    throw new ExpectedFailure(
      `${file} must belong to this account and be readable by it only (chmod 600 ${file}) / ` +
        `${file} doit appartenir à ce compte et n'être lisible que par lui (chmod 600)`,
    );
  }
}

export function readBackupKey(file: string): BackupKey {
  let text: string;
  try {
    checkOwnerOnly(file);
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ExpectedFailure(
        `No backup key at ${file}: put the key you kept there (or set HALTE_BACKUP_KEY_FILE) / ` +
          `Aucune clé de sauvegarde dans ${file} : placez-y la clé conservée (ou définissez HALTE_BACKUP_KEY_FILE)`,
      );
    }
    throw error;
  }
  return parseKey(text, file);
}

/** The key, created (owner-only) when the file does not exist yet; `created` says to show it. */
export function loadOrCreateBackupKey(file: string): BackupKey & { created: boolean; text: string } {
  try {
    checkOwnerOnly(file);
    const text = readFileSync(file, "utf8").trim();
    return { ...parseKey(text, file), created: false, text };
  } catch (error) {
    if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const text = randomBytes(KEY_BYTES).toString("base64url");
  // "wx": two first starts at once cannot both write a key; mode 0600 from the first byte.
  writeFileSync(file, `${text}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return { ...parseKey(text, file), created: true, text };
}

/** The lines start.ts prints once, when the key was just created. */
export function newKeyNotice(file: string, text: string): string[] {
  return [
    `Backup key created in ${file} / Clé de sauvegarde créée dans ${file}:`,
    `    ${text}`,
    "Copy it now and keep it OFF this machine (password manager, paper in a safe): without it no backup can be restored. " +
      "It is shown only this once.",
    "Copiez-la maintenant et gardez-la HORS de cette machine (gestionnaire de mots de passe, papier dans un coffre) : " +
      "sans elle aucune sauvegarde ne peut être restaurée. Elle n'est affichée qu'une fois.",
  ];
}
