// Builds a Prisma client over node-postgres. Shared by the app (lib/db.ts), the scripts
// (seed, create-user, bench) and the tests, so that every connection obeys the same pool rule.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionStringFor, isEmbeddedUrl } from "@/lib/database-url";

/** The embedded PGlite server serves one session: a pool in front of it must keep one connection. */
export function poolSizeFor(databaseUrl: string, requested?: number): number {
  if (isEmbedded(databaseUrl)) return 1;
  return requested ?? 10;
}

function isEmbedded(databaseUrl: string): boolean {
  return process.env.HALTE_EMBEDDED_DATABASE === "1" || isEmbeddedUrl(databaseUrl);
}

/** The client's own node-postgres pool, for the few statements lib/db-statement.ts runs on it. */
export type ClientPool = { pool: pg.Pool; embedded: boolean };

const POOL = Symbol.for("halte.clientPool");

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  // We make the pool (rather than let the adapter make it) so that the busiest statement can run
  // on the very same connections, under the same size rule, as a prepared statement.
  const pool = new pg.Pool({ connectionString: connectionStringFor(databaseUrl), max: poolSizeFor(databaseUrl, options.max) });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  const clientPool: ClientPool = { pool, embedded: isEmbedded(databaseUrl) };
  Object.defineProperty(client, POOL, { value: clientPool });
  return client;
}

/** The pool under a client made by createPrismaClient (lib/db.ts's proxy passes the symbol on). */
export function poolOf(client: PrismaClient): ClientPool {
  const clientPool = (client as unknown as Record<symbol, ClientPool | undefined>)[POOL];
  if (!clientPool) throw new Error("this Prisma client was not made by createPrismaClient");
  return clientPool;
}

export type { PrismaClient };
