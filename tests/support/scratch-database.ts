// A fresh, empty database per test. Always on the embedded PGlite (what a fresh machine
// has); also on the real PostgreSQL server when TEST_DATABASE_URL is set (CI), where each
// test gets its own database, created here and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres.ts";
import { connectionStringFor } from "../../lib/database-url.ts";

export type ScratchDatabaseKind = "pglite" | "postgresql";

/** The kinds this run can test against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function scratchDatabaseKinds(): ScratchDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];
}

/**
 * Runs `fn` with the URL of a new empty database, removed afterwards even when `fn` throws.
 * Without `kind`: the real server when TEST_DATABASE_URL is set, PGlite otherwise.
 */
export async function withScratchDatabase(
  fn: (url: string) => Promise<void>,
  kind: ScratchDatabaseKind = process.env.TEST_DATABASE_URL ? "postgresql" : "pglite",
): Promise<void> {
  const scratch = kind === "postgresql" ? await createServerDatabase() : await startEmbeddedPostgres();
  try {
    await fn(scratch.url);
  } finally {
    await scratch.stop();
  }
}

async function createServerDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set: no PostgreSQL server to create a scratch database on.");
  const name = `halte_scratch_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed half-way may leave a connection open.
    stop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionStringFor(serverUrl) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
