// `npm run backup`: one encrypted backup (scripts/backup/) into HALTE_BACKUP_DIR.
// - Embedded database, Halte running: the running Halte takes it (control socket), without
//   stopping; Halte stopped: this command opens the data directory itself, holding its lock.
// - DATABASE_URL set: pg_dump of that server, streamed through the cipher.
import { existsSync } from "node:fs";
import path from "node:path";
import { isEmbeddedUrl } from "../lib/database-url.ts";
import { openDurablePGlite } from "./db/durable-nodefs.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";
import { readStartConfig } from "./start/config.ts";
import { AUTH_SECRET_FILE } from "./start/auth-secret.ts";
import { backupDirectory } from "./backup/backup-files.ts";
import { backupKeyFile, loadOrCreateBackupKey, newKeyNotice } from "./backup/backup-key.ts";
import { askRunningHalte, claimControlSocket } from "./backup/control-socket.ts";
import { backupEmbedded, backupPostgres } from "./backup/take-backup.ts";

runCli(async () => {
  if (process.argv.length > 2) throw new ExpectedFailure("Usage: npm run backup (DATABASE_URL, HALTE_DATA_DIR, HALTE_BACKUP_DIR, HALTE_BACKUP_KEY_FILE)");
  const config = readStartConfig(process.env, []);
  const dir = backupDirectory(process.env, config.dataDir);
  const report = (file: string, bytes: number) => process.stdout.write(`Backup written / Sauvegarde écrite: ${file} (${bytes} bytes)\n`);
  const loadKey = () => {
    const key = loadOrCreateBackupKey(backupKeyFile(process.env, config.dataDir));
    if (key.created) process.stdout.write(newKeyNotice(key.file, key.text).join("\n") + "\n");
    return key;
  };

  if (config.databaseUrl && !isEmbeddedUrl(config.databaseUrl)) {
    const taken = await backupPostgres(config.databaseUrl, { dir, key: loadKey(), reason: "manual" });
    report(taken.file, taken.bytes);
    return 0;
  }

  const reply = await askRunningHalte(config.dataDir, { command: "backup", dir });
  if (reply) {
    if (!reply.ok) throw new ExpectedFailure(`The running Halte could not back up / Halte n'a pas pu sauvegarder: ${reply.message}`);
    report(reply.file, reply.bytes);
    return 0;
  }
  const pgliteDir = path.join(config.dataDir, "pglite");
  if (!existsSync(path.join(pgliteDir, "PG_VERSION"))) {
    throw new ExpectedFailure(`No database in ${config.dataDir}: check HALTE_DATA_DIR / Aucune base dans ${config.dataDir} : vérifiez HALTE_DATA_DIR`);
  }
  const lock = await claimControlSocket(config.dataDir, { en: "this backup", fr: "réessayez" });
  try {
    const key = loadKey();
    const db = await openDurablePGlite(pgliteDir);
    try {
      const taken = await backupEmbedded(db, { dir, key, reason: "manual", secretFile: path.join(config.dataDir, AUTH_SECRET_FILE) });
      report(taken.file, taken.bytes);
    } finally {
      await db.close();
    }
  } finally {
    await lock.close();
  }
  return 0;
});
