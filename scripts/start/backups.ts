// What `npm start` does about backups (README, "Backups"), in one place so start.ts only calls it:
// - the backup key, created at the first start and shown once;
// - embedded: the data directory's lock and control socket, through which `npm run backup`
//   asks this process for a backup while it serves;
// - before migrating an existing database: a backup first (embedded), or a refusal until the
//   operator says one was taken (PostgreSQL); always a refusal when the database has
//   migrations this code does not (it was upgraded by a newer Halte);
// - the nightly backup (scripts/backup/nightly.ts).
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { backupDirectory } from "../backup/backup-files.ts";
import { backupKeyFile, loadOrCreateBackupKey, newKeyNotice, type BackupKey } from "../backup/backup-key.ts";
import { claimControlSocket, type ControlSocket } from "../backup/control-socket.ts";
import { readBackupHour, scheduleNightly } from "../backup/nightly.ts";
import { backupEmbedded, backupPostgres } from "../backup/take-backup.ts";
import { readMigrationPlan } from "../db/migration-plan.ts";
import type { StartConfig } from "./config.ts";
import { ExpectedFailure } from "./expected-failure.ts";
import { AUTH_SECRET_FILE } from "./auth-secret.ts";

type Log = (line: string) => void;
export const UPGRADE_CONFIRMED_VARIABLE = "HALTE_UPGRADE_BACKED_UP";

export type StartBackups = {
  dir: string;
  key: BackupKey;
  /** Called by database.ts once the database answers, before any migration runs. */
  beforeMigrate: (databaseUrl: string, pglite?: PGlite) => Promise<void>;
  /** Once the database is ready: answer `npm run backup`, take the nightly backups. */
  serve: (database: { url: string; pglite?: PGlite }) => void;
  stop: () => Promise<void>;
};

export async function prepareBackups(config: StartConfig, env: NodeJS.ProcessEnv, log: Log): Promise<StartBackups> {
  const embedded = config.databaseUrl === undefined;
  const hour = readBackupHour(env);
  const dir = backupDirectory(env, config.dataDir);
  // The app reads the status file from there (settings page): give it the absolute path.
  env.HALTE_BACKUP_DIR = dir;
  const control: ControlSocket | null = embedded
    ? await claimControlSocket(config.dataDir, { en: "a second npm start", fr: "un deuxième npm start ne peut pas démarrer" })
    : null;
  let key: BackupKey;
  try {
    const loaded = loadOrCreateBackupKey(backupKeyFile(env, config.dataDir));
    if (loaded.created) for (const line of newKeyNotice(loaded.file, loaded.text)) log(line);
    key = loaded;
    // The app shows it once to a new centre's coordinator (lib/backup/backup-key-notice.ts).
    env.HALTE_BACKUP_KEY_FILE = loaded.file;
  } catch (error) {
    await control?.close();
    throw error;
  }
  let nightly: { stop: () => Promise<void> } | undefined;
  const secretFile = path.join(config.dataDir, AUTH_SECRET_FILE);

  return {
    dir,
    key,
    beforeMigrate: async (databaseUrl, pglite) => {
      const plan = await readMigrationPlan(databaseUrl).catch((error: unknown) => {
        // A database that does not answer is the operator's to fix: one line, no stack trace.
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new ExpectedFailure(`Cannot connect to the database / Connexion à la base impossible : ${reason}`);
      });
      if (plan.unknown.length > 0) {
        throw new ExpectedFailure(
          `The database is newer than this Halte: it has migration(s) ${plan.unknown.join(", ")} that this code does not. ` +
            `Start the newer version of Halte, or restore a backup taken before the upgrade. Nothing was changed / ` +
            `La base est plus récente que ce Halte (migrations inconnues : ${plan.unknown.join(", ")}). ` +
            `Lancez la version plus récente, ou restaurez une sauvegarde d'avant la mise à jour. Rien n'a été modifié`,
        );
      }
      if (plan.applied.length === 0 || plan.pending.length === 0) return;
      if (pglite) {
        log(`${plan.pending.length} new migration(s): backing up first / nouvelle(s) migration(s) : sauvegarde d'abord`);
        const taken = await backupEmbedded(pglite, { dir, key, reason: "upgrade", secretFile });
        log(`Backup before upgrade / Sauvegarde avant mise à jour: ${taken.file}`);
      } else if (env[UPGRADE_CONFIRMED_VARIABLE] !== "1") {
        throw new ExpectedFailure(
          `${plan.pending.length} new migration(s) to apply (${plan.pending.join(", ")}): back the database up first (npm run backup), ` +
            `then start again with ${UPGRADE_CONFIRMED_VARIABLE}=1. Nothing was changed / ` +
            `${plan.pending.length} nouvelle(s) migration(s) à appliquer : sauvegardez d'abord la base (npm run backup), ` +
            `puis relancez avec ${UPGRADE_CONFIRMED_VARIABLE}=1. Rien n'a été modifié`,
        );
      }
    },
    serve: (database) => {
      const pglite = database.pglite;
      if (control && pglite) control.serve(async (request) => ({ ok: true, ...(await backupEmbedded(pglite, { dir: request.dir, key, reason: "manual", secretFile })) }));
      nightly = scheduleNightly({
        databaseUrl: database.url,
        dir,
        hour,
        log,
        take: () => (pglite ? backupEmbedded(pglite, { dir, key, reason: "nightly", secretFile }) : backupPostgres(database.url, { dir, key, reason: "nightly" })),
      });
    },
    stop: async () => {
      await nightly?.stop();
      await control?.close();
    },
  };
}
