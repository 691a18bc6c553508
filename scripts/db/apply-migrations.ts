// Applies prisma/migrations the way `prisma migrate deploy` does (prisma-engines rules), so a
// database migrated here is accepted by the real Prisma CLI and the other way round.
//
// Constraints:
// - ONE pg Client, never a pool: the embedded PGlite server accepts at most 2 connections.
// - The session advisory lock serializes runners on PostgreSQL. PGlite runs a single session
//   for every connection, so there the lock is re-entrant and does not exclude a second
//   runner; what does is that PGlite's socket server runs one connection's transaction at a
//   time. That is why "is it applied yet?" is asked again inside each migration's transaction.
// - A migration and its `_prisma_migrations` row commit together, so a failed script leaves
//   no partial table. The failure is then recorded the way Prisma records it (a row with
//   finished_at NULL and the error in logs) and every later run refuses until it is resolved.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";
import { DEFAULT_MIGRATIONS_DIR, MIGRATION_FILE, listMigrations, type MigrationFile } from "./migration-files.ts";

/** prisma-engines' lock key for migrations on PostgreSQL. */
export const MIGRATION_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** A failure meant for the user: its message is one line and needs no stack trace. */
export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export type ApplyOptions = {
  migrationsDir?: string;
  log?: (line: string) => void;
};

export async function applyMigrations(databaseUrl: string, opts: ApplyOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const migrations = listMigrations(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const missing = migrations.find((migration) => migration.bytes === null);
  if (missing) throw new MigrationError(`Migration ${missing.name} has no ${MIGRATION_FILE}.`);

  return await withClient(databaseUrl, async (client) => {
    await lock(client, log);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = await readRows(client);
      refuseIfFailed(rows);
      warnAboutHistory(rows, migrations, log);

      const applied: string[] = [];
      for (const migration of migrations) {
        if (rows.some((row) => isApplied(row, migration.name))) continue;
        if (await applyOne(client, migration, log)) applied.push(migration.name);
      }
      return { applied };
    } finally {
      // The session lock also ends with the connection; unlocking keeps a reused session clean.
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  });
}

/**
 * What `prisma migrate resolve --rolled-back` does: marks a failed migration as rolled back,
 * so the next run applies it again from the (fixed) migration.sql.
 */
export async function markMigrationRolledBack(databaseUrl: string, migrationName: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    await client.query(CREATE_MIGRATIONS_TABLE);
    const result = await client.query(
      `UPDATE "_prisma_migrations" SET "rolled_back_at" = now()
       WHERE "migration_name" = $1 AND "finished_at" IS NULL AND "rolled_back_at" IS NULL`,
      [migrationName],
    );
    if (!result.rowCount) throw new MigrationError(`Migration ${migrationName} is not in a failed state: nothing to mark.`);
  });
}

async function withClient<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connectionStringFor(databaseUrl) });
  // Without a listener, a connection dropped by the server would crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`Cannot connect to the database: ${errorText(error)}`);
  }
  try {
    return await fn(client);
  } catch (error) {
    throw error instanceof MigrationError ? error : new MigrationError(errorText(error));
  } finally {
    await client.end().catch(() => {});
  }
}

async function lock(client: pg.Client, log: (line: string) => void): Promise<void> {
  const tried = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK_KEY]);
  if (tried.rows[0]?.locked) return;
  log("Another migration run holds the lock; waiting for it to finish.");
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
}

async function readRows(client: pg.Client): Promise<MigrationRow[]> {
  const result = await client.query<MigrationRow>(
    `SELECT "id", "checksum", "migration_name", "finished_at", "rolled_back_at"
     FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`,
  );
  return result.rows;
}

function isApplied(row: MigrationRow, name: string): boolean {
  return row.migration_name === name && row.finished_at !== null && row.rolled_back_at === null;
}

function isFailed(row: MigrationRow): boolean {
  return row.finished_at === null && row.rolled_back_at === null;
}

function refuseIfFailed(rows: MigrationRow[]): void {
  const failed = rows.find(isFailed);
  if (!failed) return;
  throw new MigrationError(
    `Migration ${failed.migration_name} failed earlier and is not resolved, so no migration will be applied. ` +
      `Fix its migration.sql (and the database if the failure left changes), then run ` +
      `\`npm run db:migrate -- --rolled-back ${failed.migration_name}\` and migrate again.`,
  );
}

function warnAboutHistory(rows: MigrationRow[], migrations: MigrationFile[], log: (line: string) => void): void {
  for (const row of rows) {
    if (row.finished_at === null || row.rolled_back_at !== null) continue;
    const file = migrations.find((migration) => migration.name === row.migration_name);
    if (!file) {
      log(`Warning: migration ${row.migration_name} is applied to the database but missing from the migrations directory.`);
    } else if (file.checksum !== row.checksum) {
      log(
        `Warning: migration ${row.migration_name} was modified after it was applied (checksum differs); ` +
          `the database keeps the applied version. Put further changes in a new migration.`,
      );
    }
  }
}

/** Returns false when another runner applied the migration first. */
async function applyOne(client: pg.Client, migration: MigrationFile, log: (line: string) => void): Promise<boolean> {
  const script = migration.bytes?.toString("utf8") ?? "";
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    const current = await client.query<MigrationRow>(
      `SELECT "id", "checksum", "migration_name", "finished_at", "rolled_back_at"
       FROM "_prisma_migrations" WHERE "migration_name" = $1`,
      [migration.name],
    );
    if (current.rows.some((row) => isApplied(row, migration.name))) {
      await client.query("ROLLBACK");
      return false;
    }
    refuseIfFailed(current.rows);

    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at")
       VALUES ($1, $2, $3, clock_timestamp())`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: node-postgres then uses the simple-query protocol, the only one that
    // accepts a script of several statements (as prisma-engines does).
    await client.query(script);
    await client.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`,
      [id],
    );
    await client.query("COMMIT");
    log(`Applied ${migration.name}`);
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof MigrationError) throw error;
    const reason = scriptErrorText(error, script);
    await recordFailure(client, id, migration, reason);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}

async function recordFailure(client: pg.Client, id: string, migration: MigrationFile, reason: string): Promise<void> {
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs", "started_at", "applied_steps_count")
       VALUES ($1, $2, $3, $4, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name, reason],
    );
  } catch {
    // The connection itself may be gone; the original error is what the user needs.
  }
}

/** The server's message with the line of the script it points at, as one line. */
function scriptErrorText(error: unknown, script: string): string {
  const text = errorText(error);
  const position = Number((error as { position?: string } | null)?.position);
  if (!Number.isInteger(position) || position < 1) return text;
  const line = script.slice(0, position - 1).split("\n").length;
  return `${text} (migration.sql line ${line})`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const message = error.message.split("\n")[0] ?? error.message;
    return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? `${message} [${code}]` : message || error.name;
  }
  return String(error);
}
