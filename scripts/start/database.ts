// Gets the database ready before the app serves: the embedded PGlite (started, migrated) or the
// PostgreSQL of DATABASE_URL (migrated). Neither is seeded behind anyone's back: a database nobody
// has set up gets a one-time set-up code, printed with the banner, and the first page offers
// "Try the demo" or "Set up my centre" (lib/setup). HALTE_FIRST_RUN=demo puts the demo centre into
// an empty embedded database at once (the benchmarks, a demonstration in front of a group).
import { MigrationError } from "../db/apply-migrations.ts";
import { prepareDatabase } from "../db/prepare-database.ts";
import { PortInUseError, startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { DEMO_SIGN_INS, type DemoSignIn } from "../../prisma/seed/demo-users.ts";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { PGlite } from "@electric-sql/pglite";
import { ExpectedFailure } from "./expected-failure.ts";
import { portTakenMessage } from "./ports.ts";
import { workingDemoSignIns } from "./demo-sign-ins.ts";

export type PreparedDatabase = {
  url: string;
  embedded: boolean;
  /** Demo accounts that still sign in with their published password (embedded mode only). */
  signIns: readonly DemoSignIn[];
  seeded: boolean;
  /** The one-time code for the first page's "Set up my centre", when nobody has set the database up. */
  setupCode: string | null;
  /** The time zone chosen at set-up (Setting "centre.timeZone"), if any. */
  timeZone: string | null;
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

/**
 * A database nobody has set up gets a new set-up code (the last one printed is the only one that
 * works). One from before the first-run choice existed, with users but no mode, is settled once:
 * a demo when a demo account still signs in with its published password, else a real centre.
 */
async function storedTimeZone(prisma: PrismaClient): Promise<string | null> {
  const { CENTRE_TIME_ZONE_KEY } = await import("../../lib/setup/spoken-languages.ts");
  const row = await prisma.setting.findUnique({ where: { key: CENTRE_TIME_ZONE_KEY } });
  return typeof row?.value === "string" ? row.value : null;
}

async function settleFirstRun(prisma: PrismaClient): Promise<string | null> {
  const { awaitsFirstRun, centreModeOf, setCentreMode } = await import("../../lib/setup/centre-mode.ts");
  const { issueSetupCode } = await import("../../lib/setup/setup-code.ts");
  const { clockNow } = await import("../../lib/test-clock-setting.ts");
  if (await awaitsFirstRun(prisma)) return issueSetupCode(prisma, clockNow());
  if ((await centreModeOf(prisma)) === null) {
    const demo = (await workingDemoSignIns(prisma, DEMO_SIGN_INS)).length > 0;
    await setCentreMode(prisma, demo ? "demo" : "real");
  }
  return null;
}

export async function prepareEmbeddedDatabase(options: {
  pgliteDir: string;
  port: number;
  log: Log;
  /** HALTE_FIRST_RUN=demo: the demo centre at once on an empty database, no first-run choice. */
  demo?: boolean;
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
      const seed = options.demo ? await seedDemoData(prisma) : { created: false, signIns: DEMO_SIGN_INS };
      if (seed.created) options.log("Demo data created / Données de démonstration créées");
      const setupCode = await settleFirstRun(prisma);
      const signIns = setupCode ? [] : await workingDemoSignIns(prisma, seed.signIns);
      options.log(`Embedded database ready in ${((Date.now() - started) / 1000).toFixed(1)} s / Base intégrée prête`);
      return { url: db.url, embedded: true, signIns, seeded: seed.created, setupCode, timeZone: await storedTimeZone(prisma), pglite: db.db, stop: db.stop };
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
  const { createPrismaClient } = await import("../../lib/db-client.ts");
  const prisma = createPrismaClient(options.databaseUrl, { max: 1 });
  try {
    const setupCode = await settleFirstRun(prisma);
    return { url: options.databaseUrl, embedded: false, signIns: [], seeded: false, setupCode, timeZone: await storedTimeZone(prisma), stop: async () => {} };
  } finally {
    await prisma.$disconnect();
  }
}
