// What migrating a database would do, asked before doing it: which of the code's migrations are
// applied, which are pending, and which applied ones the code does not have (the database was
// migrated by a newer Halte; running older code on it could misread or damage its data).
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";
import { DEFAULT_MIGRATIONS_DIR, listMigrations } from "./migration-files.ts";

export type MigrationPlan = { applied: string[]; pending: string[]; unknown: string[] };

export async function readMigrationPlan(databaseUrl: string, migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationPlan> {
  const known = listMigrations(migrationsDir).map((migration) => migration.name);
  const client = new pg.Client({ connectionString: connectionStringFor(databaseUrl) });
  client.on("error", () => {});
  await client.connect();
  try {
    const exists = await client.query<{ table: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS table`);
    const applied = exists.rows[0]?.table
      ? (
          await client.query<{ name: string }>(
            `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
          )
        ).rows.map((row) => row.name)
      : [];
    const done = new Set(applied);
    return {
      applied,
      pending: known.filter((name) => !done.has(name)),
      unknown: applied.filter((name) => !known.includes(name)),
    };
  } finally {
    await client.end().catch(() => {});
  }
}
