// `npm run backup`: dumps DATABASE_URL (pg_dump, custom format) into HALTE_BACKUP_DIR
// (backups/ by default) as halte-<UTC time>.dump, readable by its owner only.
// See scripts/db/backup-restore.ts; the embedded database is backed up by copying its data
// directory while Halte is stopped (README, "Backups").
import path from "node:path";
import { backupDatabase, DEFAULT_BACKUP_DIR } from "./db/backup-restore.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";
import { REPO_ROOT } from "./start/config.ts";

runCli(async () => {
  if (process.argv.length > 2) throw new ExpectedFailure("Usage: npm run backup (DATABASE_URL, HALTE_BACKUP_DIR)");
  const dir = path.resolve(REPO_ROOT, process.env.HALTE_BACKUP_DIR?.trim() || DEFAULT_BACKUP_DIR);
  const { file, bytes } = await backupDatabase(process.env.DATABASE_URL?.trim() || undefined, { dir });
  process.stdout.write(`Backup written / Sauvegarde écrite: ${file} (${bytes} bytes)\n`);
  return 0;
});
