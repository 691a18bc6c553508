// Restores of a PostgreSQL server's Halte database (DATABASE_URL) from a pg_dump custom archive
// (scripts/backup/take-backup.ts makes them, encrypted; scripts/restore.ts decrypts first), with
// Debian's pg_restore (the client must be at least the server's major version).
//
// Restore never leaves a half-restored database: the dump goes into a new temporary database
// with `pg_restore --exit-on-error --single-transaction` (the first error stops it and rolls
// everything back), is checked (every table the dump lists is there, the migration history is
// not empty), and only then takes the target's name. A target that already holds tables is kept
// under `<name>_before_restore_<time>` and replaced only when `--replace` is given; without it
// the restore refuses and nothing changes. Renaming needs no one connected: stop Halte first.
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectionStringFor, isEmbeddedUrl } from "../../lib/database-url.ts";
import { ExpectedFailure } from "../start/expected-failure.ts";

/** `2026-11-26T143205Z`: sortable, no colon (safe in every file system). */
export function backupTimestamp(now = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "").replace(/-(\d\d)T/, "-$1T");
}

type ClientTarget = { url: string; env: NodeJS.ProcessEnv };

/** The URL without its password (kept out of `ps`), which goes to the child in PGPASSWORD. */
function clientTarget(databaseUrl: string): ClientTarget {
  const url = new URL(connectionStringFor(databaseUrl));
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) {
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = "";
  }
  return { url: url.toString(), env };
}

function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""));
  if (!name) throw new ExpectedFailure("DATABASE_URL names no database / DATABASE_URL ne nomme aucune base");
  return name;
}

function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

type RunResult = { code: number | null; stdout: string; stderr: string };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new ExpectedFailure(
              `${command} is not installed: install PostgreSQL's client (apt-get install postgresql-client) / ` +
                `${command} n'est pas installé : installez le client PostgreSQL`,
            )
          : error,
      );
    });
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function refuseEmbedded(databaseUrl: string | undefined): string {
  if (!databaseUrl || isEmbeddedUrl(databaseUrl)) {
    throw new ExpectedFailure(
      "This backup is of a PostgreSQL server: set DATABASE_URL to the database to restore it into / " +
        "Cette sauvegarde vient d'un serveur PostgreSQL : définissez DATABASE_URL vers la base où la restaurer",
    );
  }
  return databaseUrl;
}

async function withClient<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connectionStringFor(databaseUrl) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The database to run CREATE/ALTER/DROP DATABASE from: never the one being replaced. */
function maintenanceUrl(databaseUrl: string, target: string): string {
  return withDatabase(databaseUrl, target === "postgres" ? "template1" : "postgres");
}

/** Tables (schema.name) a dump's table of contents lists. */
async function tablesInDump(file: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const listing = await run("pg_restore", ["--list", file], env);
  if (listing.code !== 0) {
    throw new ExpectedFailure(
      `${file} is not a readable pg_dump archive, nothing was restored and the database is unchanged / ` +
        `n'est pas une archive pg_dump lisible, rien n'a été restauré:\n${listing.stderr.trim()}`,
    );
  }
  const tables: string[] = [];
  for (const line of listing.stdout.split("\n")) {
    // "215; 1259 16390 TABLE public User postgres"
    const match = /^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) /.exec(line);
    if (match) tables.push(`${match[1]}.${match[2]}`);
  }
  return tables;
}

export type RestoreResult = { database: string; tables: number; keptAs: string | null };

export async function restoreDatabase(
  databaseUrl: string | undefined,
  file: string,
  { replace = false, now = new Date() }: { replace?: boolean; now?: Date } = {},
): Promise<RestoreResult> {
  const targetUrl = refuseEmbedded(databaseUrl);
  const target = databaseName(targetUrl);
  const admin = maintenanceUrl(targetUrl, target);
  const client = clientTarget(targetUrl);

  try {
    if (!statSync(file).isFile()) throw new Error("not a file");
  } catch {
    throw new ExpectedFailure(`${file}: no such backup file / fichier de sauvegarde introuvable`);
  }
  const expectedTables = await tablesInDump(file, client.env);

  // Refuse early, before any work, when the target holds data and --replace is missing.
  const existing = await withClient(admin, async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [target])).rowCount! > 0);
  const targetTables = existing
    ? await withClient(targetUrl, async (c) =>
        Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)).rows[0]!.n),
      )
    : 0;
  if (targetTables > 0 && !replace) {
    throw new ExpectedFailure(
      `Database ${target} already holds ${targetTables} table(s): nothing was changed. Add --replace to restore over it ` +
        `(the current one is kept as ${target}_before_restore_…) / La base ${target} contient déjà des tables : rien n'a été modifié. ` +
        `Ajoutez --replace pour la remplacer (l'actuelle est gardée)`,
    );
  }

  const temporary = `${target}_restoring_${randomBytes(4).toString("hex")}`.slice(0, 63);
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${quoteIdent(temporary)} TEMPLATE template0`));
  let swapped = false;
  try {
    const temporaryClient = clientTarget(withDatabase(targetUrl, temporary));
    const restored = await run(
      "pg_restore",
      ["--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges", "--no-password", `--dbname=${temporaryClient.url}`, file],
      temporaryClient.env,
    );
    if (restored.code !== 0) {
      throw new ExpectedFailure(`pg_restore failed, ${target} is unchanged / pg_restore a échoué, ${target} n'a pas changé:\n${restored.stderr.trim()}`);
    }
    const found = await withClient(withDatabase(targetUrl, temporary), async (c) => {
      const rows = await c.query<{ name: string }>(
        `SELECT schemaname || '.' || tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
      );
      return new Set(rows.rows.map((row) => row.name));
    });
    const missing = expectedTables.filter((table) => !found.has(table));
    if (missing.length > 0 || !found.has("public._prisma_migrations")) {
      throw new ExpectedFailure(
        `The restored copy lacks ${missing.join(", ") || "the migration history"}: ${target} is unchanged / ` +
          `la copie restaurée est incomplète : ${target} n'a pas changé`,
      );
    }

    let keptAs: string | null = null;
    await withClient(admin, async (c) => {
      if (existing && targetTables > 0) {
        keptAs = `${target}_before_restore_${backupTimestamp(now).toLowerCase()}`.slice(0, 63);
        await renameDatabase(c, target, keptAs);
      } else if (existing) {
        await c.query(`DROP DATABASE ${quoteIdent(target)}`);
      }
      try {
        await renameDatabase(c, temporary, target);
      } catch (error) {
        if (keptAs) await renameDatabase(c, keptAs, target);
        throw error;
      }
    });
    swapped = true;
    return { database: target, tables: found.size, keptAs };
  } finally {
    if (!swapped) {
      await withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(temporary)} WITH (FORCE)`)).catch(() => {});
    }
  }
}

async function renameDatabase(client: pg.Client, from: string, to: string): Promise<void> {
  try {
    await client.query(`ALTER DATABASE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "55006") {
      throw new ExpectedFailure(
        `Database ${from} is in use: stop Halte (and every other connection) before restoring / ` +
          `La base ${from} est utilisée : arrêtez Halte avant de restaurer`,
      );
    }
    throw error;
  }
}
