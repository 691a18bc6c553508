// Bulk load with the indexes out of the way: drop a table's indexes and constraints (and the
// foreign keys of other tables that point at it), load, then rebuild them exactly as the
// migrations defined them, names included. The definitions are read from the catalogue, so
// this follows any later migration without change. One transaction: a failed load leaves the
// schema as it was.
import type pg from "pg";

type Definition = { table: string; name: string; sql: string };

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function withDeferredIndexes<T>(client: pg.Client, table: string, load: () => Promise<T>): Promise<T> {
  const relation = quote(table);
  // Foreign keys of other tables that reference this one (e.g. VisitService → Visit).
  const incoming = await client.query<Definition>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS sql
     FROM pg_constraint WHERE confrelid = $1::regclass AND conrelid <> confrelid AND contype = 'f'`,
    [relation],
  );
  const foreign = await client.query<Definition>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS sql
     FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
    [relation],
  );
  const keys = await client.query<Definition>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS sql
     FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [relation],
  );
  // Indexes that no constraint owns: Prisma writes @@unique and @@index as plain CREATE INDEX.
  const indexes = await client.query<Definition>(
    `SELECT $1::text AS table, i.relname AS name, pg_get_indexdef(i.oid) AS sql
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u', 'x'))`,
    [relation],
  );

  await client.query("BEGIN");
  try {
    for (const fk of [...incoming.rows, ...foreign.rows]) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
    for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
    for (const index of indexes.rows) await client.query(`DROP INDEX ${quote(index.name)}`);

    const result = await load();

    for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.sql}`);
    for (const index of indexes.rows) await client.query(index.sql);
    for (const fk of [...foreign.rows, ...incoming.rows]) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.sql}`);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
