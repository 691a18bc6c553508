// Gets the database ready before the app serves: the embedded PGlite (started, migrated,
// seeded once) or the PostgreSQL of DATABASE_URL (migrated, never seeded behind anyone's back).
import { MigrationError } from "../db/apply-migrations.ts";
import { prepareDatabase } from "../db/prepare-database.ts";
import { PortInUseError, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import type { PGlite } from "@electric-sql/pglite";
import type { DemoSignIn } from "../../prisma/seed/demo-users.ts";
import { ExpectedFailure } from "./expected-failure.ts";
import { portTakenMessage } from "./ports.ts";
import { workingDemoSignIns } from "./demo-sign-ins.ts";

export type PreparedDatabase = {
  url: string;
  embedded: boolean;
  /** Demo accounts that still sign in with their published password (embedded mode only). */
  signIns: readonly DemoSignIn[];
  seeded: boolean;
  /** The embedded instance (backups dump it while it serves). */
  pglite?: PGlite;
  /** Stops the embedded database, which checkpoints it to disk; nothing for an external one. */
  stop: () => Promise<void>;
};

type Log = (line: string) => void;
/** Runs once the database answers, before migrations (scripts/start/backups.ts). */
type BeforeMigrate = (databaseUrl: string, pglite?: PGlite) => Promise<void>;

/** start.ts prints it once the embedded database is closed; the bench looks for it. */
export const DATABASE_STOPPED_LINE = "Embedded database saved and stopped / Base intégrée enregistrée et arrêtée";

export async function migrate(databaseUrl: string, log: Log): Promise<string[]> {
  try {
    const { applied } = await prepareDatabase(databaseUrl, { log: (line) => log(line) });
    return applied;
  } catch (error) {
    if (error instanceof MigrationError) {
      throw new ExpectedFailure(`Database migration failed / La migration de la base a échoué : ${error.message}`);
    }
    throw error;
  }
}

export async function prepareEmbeddedDatabase(options: {
  pgliteDir: string;
  port: number;
  log: Log;
  beforeMigrate?: BeforeMigrate;
}): Promise<PreparedDatabase> {
  const started = Date.now();
  let db;
  try {
    db = await startEmbeddedPostgres({ dataDir: options.pgliteDir, port: options.port });
  } catch (error) {
    if (error instanceof PortInUseError) {
      throw new ExpectedFailure(portTakenMessage(options.port, "DATABASE_PORT", { en: "database", fr: "base de données" }));
    }
    throw error;
  }
  try {
    await options.beforeMigrate?.(db.url, db.db);
    const applied = await migrate(db.url, options.log);
    if (applied.length > 0) options.log(`Applied ${applied.length} migration(s) / ${applied.length} migration(s) appliquée(s)`);

    // Imported here, not at the top: the generated client may only exist once start.ts made it.
    const { createPrismaClient } = await import("../../lib/db-client.ts");
    const { seedDemoData } = await import("../../prisma/seed/seed-demo.ts");
    const prisma = createPrismaClient(db.url);
    try {
      const seed = await seedDemoData(prisma);
      if (seed.created) options.log("Demo data created / Données de démonstration créées");
      const signIns = await workingDemoSignIns(prisma, seed.signIns);
      options.log(`Embedded database ready in ${((Date.now() - started) / 1000).toFixed(1)} s / Base intégrée prête`);
      return { url: db.url, embedded: true, signIns, seeded: seed.created, pglite: db.db, stop: db.stop };
    } finally {
      // The socket server takes 2 connections in all; the app needs one of them.
      await prisma.$disconnect();
    }
  } catch (error) {
    await db.stop();
    throw error;
  }
}

export async function prepareExternalDatabase(options: { databaseUrl: string; log: Log; beforeMigrate?: BeforeMigrate }): Promise<PreparedDatabase> {
  await options.beforeMigrate?.(options.databaseUrl);
  const applied = await migrate(options.databaseUrl, options.log);
  options.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s) / ${applied.length} migration(s) appliquée(s)`
      : "Database schema up to date / Schéma de la base à jour",
  );
  options.log(
    "DATABASE_URL is set: no demo data is added; run npm run db:seed to add it on purpose / " +
      "DATABASE_URL est défini : aucune donnée de démonstration n'est ajoutée ; lancez npm run db:seed pour l'ajouter volontairement",
  );
  return { url: options.databaseUrl, embedded: false, signIns: [], seeded: false, stop: async () => {} };
}
