import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { errorFields, requestContextStorage } from "@/lib/logging/log-options.mjs";
import { logger, markDatabaseDown } from "@/lib/logging/logger";

// One client per process, created on first use (so `next build` needs no database URL). In
// development Next re-evaluates modules on every change, so the client lives on globalThis.
const globalForPrisma = globalThis as unknown as { halteprisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.halteprisma ??= createPrismaClient(env().DATABASE_URL, {
    // The pool has dropped the dead connection already; the next request opens a new one.
    // Logged outside any request: the connection belonged to the pool, not to whichever request
    // happened to open it.
    onConnectionLost: (error) =>
      requestContextStorage().exit(() => logger.warn({ event: "database.connection-lost", error: errorFields(error) }, "database.connection-lost")),
    // The request it failed gets the "database is not answering" page (lib/health/database-down-page.mjs).
    onUnavailable: markDatabaseDown,
  });
  return globalForPrisma.halteprisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
