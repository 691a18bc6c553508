// The offline migration toolchain (docs/decisions/0002-own-migration-runner.md): the drift check, and the runner's Prisma
// rules on an empty database of each kind (PGlite always, PostgreSQL when TEST_DATABASE_URL).
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, MIGRATION_LOCK_KEY, markMigrationRolledBack } from "../../scripts/db/apply-migrations.ts";
import { connectionStringFor } from "../../lib/database-url.ts";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, listMigrations } from "../../scripts/db/migration-files.ts";
import { diffMigrationsToSchema, EMPTY_MIGRATION, isEmptyMigration } from "../../scripts/db/schema-engine.ts";
import { scratchDatabaseKinds, withScratchDatabase, type ScratchDatabaseKind } from "../support/scratch-database.ts";

type Row = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

const APP_TABLES = ["User", "StaffSession", "SignInThrottle", "AuditEvent", "Setting"];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function migrationRows(url: string): Promise<Row[]> {
  return await withClient(url, async (client) => {
    const result = await client.query<Row>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at", "logs", "applied_steps_count"
       FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`,
    );
    return result.rows;
  });
}

async function existingTables(url: string, names: string[]): Promise<string[]> {
  return await withClient(url, async (client) => {
    const result = await client.query<{ table_name: string }>(
      `SELECT "table_name" FROM information_schema.tables
       WHERE "table_schema" = current_schema() AND "table_name" = ANY($1::text[]) ORDER BY "table_name"`,
      [names],
    );
    return result.rows.map((row) => row.table_name);
  });
}

/** A temporary migrations directory: optionally the project's own, then `extra` (name → SQL). */
async function withMigrationsDir(
  extra: Record<string, string>,
  fn: (dir: string) => Promise<void>,
  { withProjectMigrations = false } = {},
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "halte-migrations-"));
  try {
    if (withProjectMigrations) cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    for (const [name, sql] of Object.entries(extra)) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), sql);
    }
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("migrations match prisma/schema.prisma (drift check)", () => {
  it("reports an empty diff between prisma/migrations and schema.prisma", async () => {
    const sql = await diffMigrationsToSchema();
    expect(sql.trim()).toBe(EMPTY_MIGRATION);
    expect(isEmptyMigration(sql)).toBe(true);
  });

  it("reports a model that no migration creates (the check is not vacuous)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "halte-schema-"));
    try {
      const schemaPath = path.join(dir, "schema.prisma");
      writeFileSync(schemaPath, `${readFileSync(DEFAULT_SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);
      const sql = await diffMigrationsToSchema({ schemaPath });
      expect(isEmptyMigration(sql)).toBe(false);
      expect(sql).toContain('CREATE TABLE "DriftProbe"');
      expect(sql).not.toContain('CREATE TABLE "User"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function runnerTests(kind: ScratchDatabaseKind): void {
  it("applies each migration exactly once when two runners start together", async () => {
    const extra = {
      "29990101000000_extra_one": 'CREATE TABLE "ExtraOne" ("id" INTEGER PRIMARY KEY);\n',
      "29990101000001_extra_two": 'CREATE TABLE "ExtraTwo" ("id" INTEGER PRIMARY KEY);\n',
    };
    await withMigrationsDir(
      extra,
      async (migrationsDir) => {
        const expected = listMigrations(migrationsDir).map((migration) => migration.name);
        expect(expected.length).toBe(listMigrations().length + 2);

        await withScratchDatabase(async (url) => {
          const logs: string[][] = [[], []];
          const run = (i: 0 | 1) => applyMigrations(url, { migrationsDir, log: (line) => logs[i]!.push(line) });
          let results: { applied: string[] }[];

          if (kind === "postgresql") {
            // Hold the lock from a third session until both runners are blocked on it, so
            // that they really overlap (PGlite cannot: one shared session, 2 connections).
            results = await withClient(url, async (holder) => {
              await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
              const runs = Promise.all([run(0), run(1)]);
              await waitUntil(async () => {
                const waiting = await holder.query<{ n: number }>(
                  `SELECT count(*)::int AS n FROM pg_locks
                   WHERE locktype = 'advisory' AND NOT granted AND objid = $1`,
                  [MIGRATION_LOCK_KEY],
                );
                return waiting.rows[0]?.n === 2;
              });
              await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
              return await runs;
            });
            for (const lines of logs) expect(lines).toContain("Another migration run holds the lock; waiting for it to finish.");
          } else {
            results = await Promise.all([run(0), run(1)]);
          }

          const [first, second] = results as [{ applied: string[] }, { applied: string[] }];
          expect([...first.applied, ...second.applied].sort()).toEqual(expected);
          expect(first.applied.filter((name) => second.applied.includes(name))).toEqual([]);

          const rows = await migrationRows(url);
          expect(rows.map((row) => row.migration_name).sort()).toEqual(expected);
          for (const row of rows) {
            expect(row.finished_at).toBeInstanceOf(Date);
            expect(row.rolled_back_at).toBeNull();
            expect(row.applied_steps_count).toBe(1);
          }
          expect(await existingTables(url, [...APP_TABLES, "ExtraOne", "ExtraTwo"])).toEqual(
            [...APP_TABLES, "ExtraOne", "ExtraTwo"].sort(),
          );

          // A third run finds nothing to do.
          expect(await applyMigrations(url, { migrationsDir })).toEqual({ applied: [] });
          expect(await migrationRows(url)).toHaveLength(expected.length);
        }, kind);
      },
      { withProjectMigrations: true },
    );
  });

  it("rolls back a failing migration, records it as failed and refuses the next run", async () => {
    const good = "20000101000000_good";
    const bad = "20000101000001_bad";
    await withMigrationsDir(
      {
        [good]: 'CREATE TABLE "GoodTable" ("id" INTEGER PRIMARY KEY);\n',
        [bad]: 'CREATE TABLE "PartialTable" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "no_such_table" VALUES (1);\n',
      },
      async (migrationsDir) => {
        await withScratchDatabase(async (url) => {
          const failure = await applyMigrations(url, { migrationsDir }).catch((error: unknown) => error);
          expect(failure).toBeInstanceOf(Error);
          const message = (failure as Error).message;
          expect(message).toMatch(new RegExp(`^Migration ${bad} failed and was rolled back: .*no_such_table.* does not exist`));
          expect(message).toContain("(migration.sql line 2)");
          expect(message).not.toContain("\n");

          expect(await existingTables(url, ["GoodTable", "PartialTable"])).toEqual(["GoodTable"]);
          const rows = await migrationRows(url);
          expect(rows.map((row) => row.migration_name)).toEqual([good, bad]);
          const [goodRow, badRow] = rows as [Row, Row];
          expect(goodRow.finished_at).toBeInstanceOf(Date);
          expect(goodRow.applied_steps_count).toBe(1);
          expect(badRow.finished_at).toBeNull();
          expect(badRow.rolled_back_at).toBeNull();
          expect(badRow.applied_steps_count).toBe(0);
          expect(badRow.logs).toContain("no_such_table");

          // Prisma's rule: a failed, unresolved migration blocks every later run.
          await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(
            `Migration ${bad} failed earlier and is not resolved, so no migration will be applied.`,
          );
          expect(await migrationRows(url)).toHaveLength(2);

          // Resolving it (prisma migrate resolve --rolled-back) lets the fixed script run.
          writeFileSync(path.join(migrationsDir, bad, "migration.sql"), 'CREATE TABLE "PartialTable" ("id" INTEGER PRIMARY KEY);\n');
          await markMigrationRolledBack(url, bad);
          expect(await applyMigrations(url, { migrationsDir })).toEqual({ applied: [bad] });
          const after = await migrationRows(url);
          const badRows = after.filter((row) => row.migration_name === bad);
          expect(badRows).toHaveLength(2);
          expect(badRows.filter((row) => row.rolled_back_at !== null && row.finished_at === null)).toHaveLength(1);
          expect(badRows.filter((row) => row.rolled_back_at === null && row.finished_at !== null)).toHaveLength(1);
          expect(await existingTables(url, ["GoodTable", "PartialTable"])).toEqual(["GoodTable", "PartialTable"]);
        }, kind);
      },
    );
  });

  it("warns when the file of an applied migration changed, and does not re-apply it", async () => {
    const name = "20000101000000_first";
    const original = 'CREATE TABLE "First" ("id" INTEGER PRIMARY KEY);\n';
    await withMigrationsDir({ [name]: original }, async (migrationsDir) => {
      await withScratchDatabase(async (url) => {
        const quiet: string[] = [];
        expect(await applyMigrations(url, { migrationsDir, log: (line) => quiet.push(line) })).toEqual({ applied: [name] });
        expect(quiet.filter((line) => line.startsWith("Warning"))).toEqual([]);
        const [row] = await migrationRows(url);
        expect(row?.checksum).toBe(createHash("sha256").update(original).digest("hex"));

        appendFileSync(path.join(migrationsDir, name, "migration.sql"), "-- edited after it was applied\n");
        const lines: string[] = [];
        expect(await applyMigrations(url, { migrationsDir, log: (line) => lines.push(line) })).toEqual({ applied: [] });
        expect(lines).toContain(
          `Warning: migration ${name} was modified after it was applied (checksum differs); ` +
            "the database keeps the applied version. Put further changes in a new migration.",
        );
        expect(await migrationRows(url)).toHaveLength(1);
      }, kind);
    });
  });

  it("makes AuditEvent append-only: INSERT works, UPDATE, DELETE and TRUNCATE are refused", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      await withClient(url, async (client) => {
        await client.query(`INSERT INTO "AuditEvent" ("action", "outcome") VALUES ('auth.sign-in', 'SUCCESS')`);
        await expect(client.query(`UPDATE "AuditEvent" SET "outcome" = 'DENIED'`)).rejects.toThrow(
          "AuditEvent is append-only: UPDATE refused",
        );
        await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow("AuditEvent is append-only: DELETE refused");
        const rows = await client.query<{ action: string; outcome: string }>(`SELECT "action", "outcome" FROM "AuditEvent"`);
        expect(rows.rows).toEqual([{ action: "auth.sign-in", outcome: "SUCCESS" }]);

        await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow("AuditEvent is append-only: TRUNCATE refused");
        const count = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`);
        expect(count.rows[0]?.n).toBe(1);
      });
    }, kind);
  });
}

for (const kind of scratchDatabaseKinds()) {
  describe(`migration runner on ${kind}`, () => runnerTests(kind));
}
