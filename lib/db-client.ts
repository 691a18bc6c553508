import "server-only";
// Builds a Prisma client over node-postgres. Shared by the app (lib/db.ts), the scripts
// (seed, create-user, bench) and the tests, so that every connection obeys the same pool rule.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionStringFor, isEmbeddedUrl } from "@/lib/database-url";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";

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

/**
 * How long a request waits for a connection, a new one or a free one, before it fails. On
 * PostgreSQL a stopped or unreachable server must fail requests within seconds (the health check
 * and the "database down" page depend on it), not hang them on a dead host; a queue of 50 desks
 * at the evening's peak waits milliseconds. The embedded database is our own child process
 * behind one connection: when it is gone the app has gone with it, so only a wide safety net.
 */
export function connectionTimeoutFor(databaseUrl: string): number {
  return isEmbedded(databaseUrl) ? 30_000 : 5_000;
}

export type ClientOptions = {
  max?: number;
  /** An idle connection died (the server restarted): node-postgres has already dropped it. */
  onConnectionLost?: (error: Error) => void;
  /**
   * A query or a connection failed because the database is away. Called in the caller's async
   * context (the request being served), so the app can tell which request it failed.
   */
  onUnavailable?: (error: unknown) => void;
};

/**
 * Watches the pool's promise entry points (what the adapter, queryNamed and the health check
 * call) for "the database is away" without changing what they return or throw. The callback
 * forms, which pool.query uses internally, pass through untouched.
 */
function observeUnavailable(pool: pg.Pool, onUnavailable: (error: unknown) => void): void {
  const watch = <T>(result: T): T => {
    if (result instanceof Promise) result.then(undefined, (error: unknown) => void (isDatabaseUnavailable(error) && onUnavailable(error)));
    return result;
  };
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  Object.assign(pool, {
    query: (...args: unknown[]) => (typeof args.at(-1) === "function" ? query(...args) : watch(query(...args))),
    connect: (...args: unknown[]) => (args.length > 0 ? connect(...args) : watch(connect())),
  });
}

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): PrismaClient {
  // We make the pool (rather than let the adapter make it) so that the busiest statement can run
  // on the very same connections, under the same size rule, as a prepared statement.
  // Recovery after a restart is the pool's own: a connection that errors is destroyed, not
  // returned, and the next request opens a new one (tests/integration/database-recovery.test.ts).
  const pool = new pg.Pool({
    connectionString: connectionStringFor(databaseUrl),
    max: poolSizeFor(databaseUrl, options.max),
    connectionTimeoutMillis: connectionTimeoutFor(databaseUrl),
    // A connection a firewall or a dead host silently dropped is found by the kernel, not by
    // the next request's timeout.
    keepAlive: true,
  });
  // Without a listener an idle connection's error would be an uncaught 'error' event that ends
  // the process; the adapter adds its own only once Prisma first connects.
  pool.on("error", (error) => options.onConnectionLost?.(error));
  if (options.onUnavailable) observeUnavailable(pool, options.onUnavailable);
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
