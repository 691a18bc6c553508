// Builds a Prisma client over node-postgres. Shared by the app (lib/db.ts), the scripts
// (seed, create-user, bench) and the tests, so that every connection obeys the same pool rule.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionStringFor, isEmbeddedUrl } from "@/lib/database-url";

/** The embedded PGlite server serves one session: a pool in front of it must keep one connection. */
export function poolSizeFor(databaseUrl: string, requested?: number): number {
  const embedded = process.env.HALTE_EMBEDDED_DATABASE === "1" || isEmbeddedUrl(databaseUrl);
  if (embedded) return 1;
  return requested ?? 10;
}

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: connectionStringFor(databaseUrl),
    max: poolSizeFor(databaseUrl, options.max),
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
