// `npm start` (and `npm run dev`, which passes --dev): one command from a fresh clone to a
// running Halte.
//
// No DATABASE_URL: the embedded PGlite under HALTE_DATA_DIR (default .data/), a session secret
// generated once. DATABASE_URL set: that PostgreSQL, and NEXTAUTH_SECRET must come from the
// environment. Either way, migrated and never seeded behind anyone's back: on a database nobody
// has set up, the first page offers "Try the demo" or "Set up my centre" (with the set-up code
// printed here); HALTE_FIRST_RUN=demo loads the demo centre into an empty embedded database at once.
//
// Order matters: ports are checked before the data directory is touched (PGlite does not
// lock it), the database is ready before Next serves, and on Ctrl-C Next stops before the
// database closes, so every write Next made is in the checkpoint.
import { readStartConfig, type StartConfig } from "./start/config.ts";
import { ExpectedFailure, runCli } from "./start/expected-failure.ts";
import { ensurePortsFree, type PortToCheck } from "./start/ports.ts";
import { ensureDataDir } from "./start/data-dir.ts";
import { loadOrCreateAuthSecret, requireAuthSecretFromEnv, type AuthSecret } from "./start/auth-secret.ts";
import { generatePrismaClientIfNeeded } from "./start/prisma-client.ts";
import {
  DATABASE_STOPPED_LINE,
  prepareEmbeddedDatabase,
  prepareExternalDatabase,
  type PreparedDatabase,
} from "./start/database.ts";
import { buildIfStale } from "./start/build-if-stale.ts";
import { serveEnv, serveNext, type NextServer } from "./start/serve-next.ts";
import { waitForHttp } from "./start/wait-for-http.ts";
import { formatBanner } from "./start/print-banner.ts";
import { listenForShutdown } from "./start/shutdown-signals.ts";
import { Aborted } from "./start/child-process.ts";
import { printSetupCode } from "../lib/setup/print-setup-code.ts";
import { prepareBackups, type StartBackups } from "./start/backups.ts";

const log = (line: string) => process.stdout.write(`[halte] ${line}\n`);

/** Where to reach a server listening on `host` from this machine. */
function localUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}

function appPort(config: StartConfig): PortToCheck {
  return { port: config.port, host: config.host, variable: "PORT", what: { en: "app", fr: "application" } };
}

async function main(): Promise<number> {
  const config = readStartConfig(process.env, process.argv.slice(2));
  const embedded = config.databaseUrl === undefined;
  const shutdown = listenForShutdown(log);
  let database: PreparedDatabase | undefined;
  let server: NextServer | undefined;
  let backups: StartBackups | undefined;
  try {
    // A production setup missing its secret is told so before anything else happens.
    if (!embedded) requireAuthSecretFromEnv(process.env.NEXTAUTH_SECRET);
    const databasePort: PortToCheck = {
      port: config.databasePort,
      host: "127.0.0.1",
      variable: "DATABASE_PORT",
      what: { en: "database", fr: "base de données" },
    };
    await ensurePortsFree(embedded ? [databasePort, appPort(config)] : [appPort(config)]);

    let secret: AuthSecret;
    if (config.databaseUrl === undefined) {
      const { pgliteDir } = ensureDataDir(config.dataDir);
      backups = await prepareBackups(config, process.env, log);
      secret = loadOrCreateAuthSecret(config.dataDir, process.env.NEXTAUTH_SECRET);
      // The demo seed hashes its violence reports' plates with a key derived from this secret.
      process.env.NEXTAUTH_SECRET = secret.secret;
      if (secret.source === "created") log(`Session secret created in ${config.dataDir} / Secret de session créé`);
      await generatePrismaClientIfNeeded(config.rootDir, { env: process.env, signal: shutdown.signal, log });
      log(`Starting the embedded database on port ${config.databasePort} / Démarrage de la base intégrée`);
      database = await prepareEmbeddedDatabase({ pgliteDir, port: config.databasePort, log, demo: config.demoAtFirstRun, beforeMigrate: backups.beforeMigrate });
    } else {
      secret = requireAuthSecretFromEnv(process.env.NEXTAUTH_SECRET);
      await generatePrismaClientIfNeeded(config.rootDir, { env: process.env, signal: shutdown.signal, log });
      backups = await prepareBackups(config, process.env, log);
      database = await prepareExternalDatabase({ databaseUrl: config.databaseUrl, log, beforeMigrate: backups.beforeMigrate });
    }
    backups.serve(database);
    if (shutdown.signal.aborted) return 0;

    if (!config.dev) await buildIfStale(config.rootDir, { env: process.env, signal: shutdown.signal, log });
    // A build takes minutes: something else may have taken the port meanwhile.
    await ensurePortsFree([appPort(config)]);

    // The zone chosen at set-up, unless the operator fixed CENTRE_TIME_ZONE (which wins).
    const operatorZone = process.env.CENTRE_TIME_ZONE?.trim();
    if (database.timeZone && !operatorZone) process.env.CENTRE_TIME_ZONE = database.timeZone;
    else if (database.timeZone && operatorZone !== database.timeZone) {
      log(`CENTRE_TIME_ZONE=${operatorZone} overrides the set-up's ${database.timeZone} / CENTRE_TIME_ZONE=${operatorZone} remplace ${database.timeZone} choisi à la configuration`);
    }

    const publicUrl = process.env.NEXTAUTH_URL?.trim() || `http://localhost:${config.port}`;
    const env = serveEnv(process.env, {
      databaseUrl: database.url,
      authSecret: secret.secret,
      publicUrl,
      embedded,
      host: config.host,
      port: config.port,
    });
    server = serveNext({ rootDir: config.rootDir, dev: config.dev, env, host: config.host, port: config.port });

    const ready = await waitForHttp(`${localUrl(config.host, config.port)}/sign-in`, {
      // `next dev` compiles the page on the first request.
      timeoutMs: config.dev ? 300_000 : 120_000,
      signal: shutdown.signal,
      exited: server.exited,
    });
    if (ready.kind === "answered") {
      if (ready.status >= 500) log(`/sign-in answered ${ready.status}: see the errors above / voir les erreurs ci-dessus`);
      process.stdout.write(
        formatBanner({
          publicUrl,
          listenUrl: localUrl(config.host, config.port),
          embedded,
          dataDir: embedded ? config.dataDir : undefined,
          signIns: database.signIns,
          awaitingFirstRun: database.setupCode !== null,
        }) + "\n",
      );
      if (database.setupCode) printSetupCode(database.setupCode, "first-run");
    } else if (ready.kind === "timeout") {
      log("The app does not answer /sign-in yet; still waiting / L'application ne répond pas encore sur /sign-in");
    }

    const outcome = await Promise.race([
      server.exited.then((exit) => ({ kind: "exited" as const, exit })),
      shutdown.requested.then(() => ({ kind: "signal" as const })),
    ]);
    if (outcome.kind === "signal") return 0;
    // A Ctrl-C in the terminal reaches Next as well; its exit may be seen before our handler runs.
    const signalled = await Promise.race([
      shutdown.requested.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 300)),
    ]);
    if (signalled) return 0;
    const { code, signal } = outcome.exit;
    log(`Next stopped unexpectedly (${signal ?? `exit code ${code}`}) / Next s'est arrêté de façon inattendue`);
    return code !== null && code !== 0 ? code : 1;
  } catch (error) {
    if (error instanceof Aborted) return 0;
    if (shutdown.signal.aborted && !(error instanceof ExpectedFailure)) return 0;
    throw error;
  } finally {
    if (server) await server.stop();
    await backups?.stop();
    if (database?.embedded) {
      await database.stop();
      log(DATABASE_STOPPED_LINE);
    }
    shutdown.dispose();
  }
}

runCli(main);
