// Restores a backup of the embedded database into a data directory, never leaving it
// half-restored: the backup is decrypted (its GCM tag verified), unpacked and opened by PGlite
// in a staging directory beside the target, checked (the migration history and the tables are
// there), closed, and only then swapped in by two renames. The database it replaces is kept
// as pglite.before-restore-<time>. Refused while anything holds the data directory (a running
// Halte): the control socket is the lock (control-socket.ts).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clockNow } from "../../lib/test-clock-setting.ts";
import { openDurablePGlite } from "../db/durable-nodefs.ts";
import { ExpectedFailure } from "../start/expected-failure.ts";
import { decryptToFile } from "./backup-crypto.ts";
import type { BackupKey } from "./backup-key.ts";
import { backupTimestamp } from "./backup-files.ts";
import { claimControlSocket } from "./control-socket.ts";
import { readEmbeddedPayload, type EmbeddedExtras } from "./take-backup.ts";
import { AUTH_SECRET_FILE } from "../start/auth-secret.ts";

export type EmbeddedRestore = { pgliteDir: string; tables: number; migrations: number; keptAs: string | null; secretRestored: boolean };

function holdsDatabase(dir: string): boolean {
  return existsSync(path.join(dir, "PG_VERSION"));
}

export async function restoreEmbedded(file: string, options: { dataDir: string; key: BackupKey; replace: boolean }): Promise<EmbeddedRestore> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = await claimControlSocket(dataDir, { en: "a restore", fr: "arrêtez-le avant de restaurer" });
  const suffix = randomBytes(4).toString("hex");
  const tarball = path.join(dataDir, `restore-${suffix}.tar.gz`);
  const staging = path.join(dataDir, `pglite.restoring-${suffix}`);
  const target = path.join(dataDir, "pglite");
  try {
    if (holdsDatabase(target) && !options.replace) {
      throw new ExpectedFailure(
        `${target} already holds a database: nothing was changed. Add --replace to restore over it (the current one is kept as ` +
          `pglite.before-restore-…) / ${target} contient déjà une base : rien n'a été modifié. Ajoutez --replace pour la remplacer (l'actuelle est gardée)`,
      );
    }
    await decryptToFile(file, tarball, options.key);
    let tables = 0;
    let migrations = 0;
    let extras: EmbeddedExtras = { authSecret: null };
    try {
      const payload = readEmbeddedPayload(readFileSync(tarball));
      extras = payload.extras;
      const db = await openDurablePGlite(staging, { loadDataDir: new Blob([new Uint8Array(payload.tar)]) });
      try {
        tables = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0]!.n;
        migrations = (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
        ).rows[0]!.n;
      } finally {
        await db.close();
      }
    } catch (error) {
      throw new ExpectedFailure(
        `The backup decrypted but does not open as a Halte database (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): ` +
          `nothing was changed / La sauvegarde ne s'ouvre pas comme une base Halte : rien n'a été modifié`,
      );
    }
    if (migrations === 0) {
      throw new ExpectedFailure("The backup holds no migration history: it is not a Halte database, nothing was changed / La sauvegarde n'est pas une base Halte : rien n'a été modifié");
    }
    let keptAs: string | null = null;
    if (existsSync(target)) {
      keptAs = path.join(dataDir, `pglite.before-restore-${backupTimestamp(clockNow())}`);
      renameSync(target, keptAs);
    }
    renameSync(staging, target);
    const secretRestored = extras.authSecret !== null && restoreSecret(dataDir, extras.authSecret);
    return { pgliteDir: target, tables, migrations, keptAs, secretRestored };
  } finally {
    rmSync(tarball, { force: true });
    rmSync(staging, { recursive: true, force: true });
    await lock.close();
  }
}

/** The backup's session secret goes with its data; a different one already there is kept aside. */
function restoreSecret(dataDir: string, secret: string): boolean {
  const file = path.join(dataDir, AUTH_SECRET_FILE);
  if (existsSync(file)) {
    if (readFileSync(file, "utf8").trim() === secret) return false;
    renameSync(file, `${file}.before-restore-${backupTimestamp(clockNow())}`);
  }
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return true;
}
