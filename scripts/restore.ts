// `npm run restore -- <file> [--replace]`: restores a backup of `npm run backup` (either kind,
// told by its header) after decrypting it with the backup key (HALTE_BACKUP_KEY_FILE, or
// halte-backup.key beside the data directory) and checking it:
// - embedded backup: into HALTE_DATA_DIR (scripts/backup/restore-embedded.ts), Halte stopped;
// - PostgreSQL backup: into DATABASE_URL (scripts/db/backup-restore.ts).
// A target holding data is replaced only with --replace and kept under another name.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isEmbeddedUrl } from "../lib/database-url.ts";
import { restoreDatabase } from "./db/backup-restore.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";
import { readStartConfig } from "./start/config.ts";
import { decryptToFile, readHeader } from "./backup/backup-crypto.ts";
import { backupKeyFile, readBackupKey } from "./backup/backup-key.ts";
import { restoreEmbedded } from "./backup/restore-embedded.ts";

runCli(async () => {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const files = args.filter((arg) => arg !== "--replace");
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    throw new ExpectedFailure("Usage: npm run restore -- <backup file> [--replace]   (target: HALTE_DATA_DIR, or DATABASE_URL)");
  }
  const file = path.resolve(files[0]!);
  const config = readStartConfig(process.env, []);
  const header = readHeader(file);
  const key = readBackupKey(backupKeyFile(process.env, config.dataDir));
  const external = config.databaseUrl !== undefined && !isEmbeddedUrl(config.databaseUrl);

  if (header.content === "pglite") {
    if (external) {
      throw new ExpectedFailure(
        "This is a backup of the embedded database: unset DATABASE_URL and set HALTE_DATA_DIR to the directory to restore into / " +
          "Sauvegarde de la base intégrée : retirez DATABASE_URL et indiquez le dossier cible dans HALTE_DATA_DIR",
      );
    }
    const result = await restoreEmbedded(file, { dataDir: config.dataDir, key, replace });
    process.stdout.write(`Restored ${result.tables} tables into ${result.pgliteDir} / ${result.tables} tables restaurées dans ${result.pgliteDir}\n`);
    if (result.keptAs) process.stdout.write(`The previous database is kept as ${result.keptAs} / L'ancienne base est gardée sous ${result.keptAs}\n`);
    if (result.secretRestored) process.stdout.write("The session secret of the backup was restored with it / Le secret de session de la sauvegarde a été restauré\n");
    return 0;
  }

  const dump = path.join(os.tmpdir(), `halte-restore-${randomBytes(6).toString("hex")}.dump`);
  try {
    await decryptToFile(file, dump, key);
    const result = await restoreDatabase(external ? config.databaseUrl : undefined, dump, { replace });
    process.stdout.write(`Restored ${result.tables} tables into ${result.database} / ${result.tables} tables restaurées dans ${result.database}\n`);
    if (result.keptAs) {
      process.stdout.write(
        `The previous database is kept as ${result.keptAs}; drop it once you have checked the restore / ` +
          `L'ancienne base est gardée sous ${result.keptAs} ; supprimez-la après vérification\n`,
      );
    }
  } finally {
    rmSync(dump, { force: true });
  }
  return 0;
});
