import type { TestProject } from "vitest/node";
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";
import { startTestDatabase } from "./test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase("vitest");
  await prepareSharedTestDatabase(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
  };
}

/**
 * Test-only: each integration file, and many of its tests, start from emptied tables
 * (tests/support/reset-database.ts TRUNCATEs every table, "AuditEvent" included). The audit
 * log refuses TRUNCATE in every real database (migration audit_no_truncate); this shared test
 * database alone disables that one statement trigger. The row trigger refusing UPDATE and DELETE stays on, and
 * tests/integration/audit-immutability.test.ts proves all three refusals on a freshly migrated
 * database of its own, as production has it.
 */
async function prepareSharedTestDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  await client.connect();
  try {
    await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_truncate"`);
    // A throwaway database need not wait for each commit to reach the disk (on a PostgreSQL
    // server; PGlite keeps it in memory): the fuzzing's thousands of small transactions run
    // about twice as fast. Applies to the connections opened after this, i.e. all the tests'.
    const { rows } = await client.query<{ db: string }>(`SELECT current_database() AS db`);
    await client.query(`ALTER DATABASE "${rows[0]!.db.replace(/"/g, '""')}" SET synchronous_commit = off`);
  } finally {
    await client.end();
  }
}
