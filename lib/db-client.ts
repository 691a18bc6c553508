// Builds a Prisma client over node-postgres. Shared by the app (lib/db.ts), the scripts
// (seed, create-user, bench) and the tests, so that every connection obeys the same pool rule.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The embedded PGlite server serves one session: a pool in front of it must keep one connection. */
export function poolSizeFor(databaseUrl: string, requested?: number): number {
  const embedded = process.env.HALTE_EMBEDDED_DATABASE === "1" || isEmbeddedUrl(databaseUrl);
  if (embedded) return 1;
  return requested ?? 10;
}

function isEmbeddedUrl(databaseUrl: string): boolean {
  try {
    return new URL(databaseUrl).searchParams.get("halte_embedded") === "1";
  } catch {
    return false;
  }
}

/** Removes our own marker parameter, which node-postgres would otherwise pass to the server. */
export function connectionStringFor(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.searchParams.delete("halte_embedded");
    return url.toString();
  } catch {
    return databaseUrl;
  }
}

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: connectionStringFor(databaseUrl),
    max: poolSizeFor(databaseUrl, options.max),
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
