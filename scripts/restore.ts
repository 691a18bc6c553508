// `npm run restore -- <file> [--replace]`: restores a backup of `npm run backup` into the
// database DATABASE_URL names, through a temporary database that takes its name only once the
// restore has fully succeeded (scripts/db/backup-restore.ts). A target holding tables is kept
// under <name>_before_restore_<time>, and only with --replace.
import { restoreDatabase } from "./db/backup-restore.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";

runCli(async () => {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const files = args.filter((arg) => arg !== "--replace");
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    throw new ExpectedFailure("Usage: npm run restore -- <backup file> [--replace]   (target: DATABASE_URL)");
  }
  const result = await restoreDatabase(process.env.DATABASE_URL?.trim() || undefined, files[0]!, { replace });
  process.stdout.write(`Restored ${result.tables} tables into ${result.database} / ${result.tables} tables restaurées dans ${result.database}\n`);
  if (result.keptAs) {
    process.stdout.write(
      `The previous database is kept as ${result.keptAs}; drop it once you have checked the restore / ` +
        `L'ancienne base est gardée sous ${result.keptAs} ; supprimez-la après vérification\n`,
    );
  }
  return 0;
});
