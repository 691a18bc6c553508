// The database the integration tests and the end-to-end server use: a database of its own on
// TEST_DATABASE_URL's server when set (CI), otherwise an in-memory embedded PGlite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres.ts";
import { connectionStringFor } from "../../lib/database-url.ts";
import { prepareDatabase } from "../../scripts/db/prepare-database.ts";

export type TestDatabase = { url: string; stop: () => Promise<void> };

export async function startTestDatabase(purpose: string): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  const database = server ? await createOnServer(server, purpose) : await startEmbeddedPostgres();
  try {
    await prepareDatabase(database.url, { log: () => {} });
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}

async function createOnServer(serverUrl: string, purpose: string): Promise<TestDatabase> {
  const name = `halte_${purpose}_${randomBytes(4).toString("hex")}`;
  await runOn(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: () => runOn(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function runOn(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
