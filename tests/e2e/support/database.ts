// What the app wrote, read straight from the end-to-end server's database, for a spec that must
// count rows ("recorded exactly once"). Read only, and one connection at a time: the embedded
// PGlite serves 2 connections and the app keeps one.
import { readFileSync } from "node:fs";
import pg from "pg";
import { connectionStringFor } from "../../../lib/database-url.ts";
import { e2eDatabaseUrlFile } from "./database-url-file.ts";

export async function withDatabase<T>(work: (query: <R extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
  const url = readFileSync(e2eDatabaseUrlFile(Number(process.env.E2E_PORT ?? 3100)), "utf8");
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  await client.connect();
  try {
    return await work(async (sql, values) => (await client.query(sql, values)).rows);
  } finally {
    await client.end();
  }
}
