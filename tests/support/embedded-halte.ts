// A child process that runs Halte's embedded database the way `npm start` does (same modules,
// same order: data directory, backups and its lock, database started, migrated and seeded,
// backups served), without Next, whose production build takes minutes. The backup and
// durability tests start it, write through it, back it up and kill it.
// Prints "READY <database url>" once it serves; stops cleanly on SIGTERM.
import { readStartConfig } from "../../scripts/start/config.ts";
import { ensureDataDir } from "../../scripts/start/data-dir.ts";
import { loadOrCreateAuthSecret } from "../../scripts/start/auth-secret.ts";
import { prepareBackups } from "../../scripts/start/backups.ts";
import { prepareEmbeddedDatabase } from "../../scripts/start/database.ts";
import { ExpectedFailure } from "../../scripts/start/expected-failure.ts";

const log = (line: string) => process.stdout.write(`[halte] ${line}\n`);
const config = readStartConfig(process.env, []);
try {
  const { pgliteDir } = ensureDataDir(config.dataDir);
  // As a first `npm start`: the session secret generated into the data directory.
  process.env.NEXTAUTH_SECRET = loadOrCreateAuthSecret(config.dataDir, process.env.NEXTAUTH_SECRET).secret;
  const backups = await prepareBackups(config, process.env, log);
  const database = await prepareEmbeddedDatabase({ pgliteDir, port: config.databasePort, log, demo: true, beforeMigrate: backups.beforeMigrate }).catch(
    async (error: unknown) => {
      await backups.stop();
      throw error;
    },
  );
  backups.serve(database);
  process.stdout.write(`READY ${database.url}\n`);
  process.once("SIGTERM", () => {
    void backups
      .stop()
      .then(() => database.stop())
      .then(() => process.exit(0));
  });
} catch (error) {
  process.stderr.write(`${error instanceof ExpectedFailure ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
