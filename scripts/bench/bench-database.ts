// A database of its own for one bench run on a real PostgreSQL server, dropped at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";

export const DEFAULT_BENCH_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = { url: string; name: string; drop: () => Promise<void> };

export class BenchServerUnavailable extends Error {}

async function runOn(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionStringFor(serverUrl), connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `halte_bench_${randomBytes(4).toString("hex")}`;
  try {
    await runOn(serverUrl, `CREATE DATABASE "${name}"`);
  } catch (error) {
    const server = new URL(serverUrl);
    throw new BenchServerUnavailable(
      `cannot create a database on ${server.host} (${error instanceof Error ? error.message : String(error)}): ` +
        "set BENCH_DATABASE_URL to a PostgreSQL 15+ server where this user may CREATE DATABASE",
    );
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // One drop, however many callers (the run's `finally` and a Ctrl-C may both ask): each waits for it.
  let dropping: Promise<void> | undefined;
  return {
    url: url.toString(),
    name,
    drop: () => (dropping ??= runOn(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
