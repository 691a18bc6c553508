import "server-only";
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { poolOf, type PrismaClient } from "@/lib/db-client";

/**
 * Runs one statement as a named prepared statement on the client's own pool: PostgreSQL plans it
 * once per connection instead of on every call, and node-postgres costs a fraction of the ORM's
 * CPU per query. Kept for the evening's hottest path (a distribution at 50 desks at once); every
 * other query goes through Prisma. A name must always carry the same text: build `query` from a
 * fixed template, never with optional fragments.
 */
export async function queryNamed<T>(db: PrismaClient, name: string, query: Prisma.Sql): Promise<T[]> {
  const { pool, embedded } = poolOf(db);
  // The embedded PGlite is one session behind every connection: a name prepared on a connection
  // since closed would still exist there and clash, so there the statement goes unnamed.
  const result = await pool.query<T & pg.QueryResultRow>({ name: embedded ? undefined : name, text: query.text, values: query.values });
  return result.rows;
}
