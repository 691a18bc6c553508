import "server-only";
import { poolOf, type PrismaClient } from "@/lib/db-client";

/** Long enough for a busy pool, short enough that a proxy's health check never hangs. */
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

export type DatabaseState = "up" | "down";

/**
 * `SELECT 1` on the app's own pool (the connections the pages use), given at most `timeoutMs`:
 * a server that refuses, has gone, or does not answer in time is "down". The query is left to
 * finish or fail on its own after a timeout; the pool's connection timeout bounds it too.
 */
export async function checkDatabase(db: PrismaClient, timeoutMs = DATABASE_CHECK_TIMEOUT_MS): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseState>((resolve) => {
    timer = setTimeout(() => resolve("down"), timeoutMs);
  });
  const query = poolOf(db)
    .pool.query("SELECT 1")
    .then((): DatabaseState => "up")
    .catch((): DatabaseState => "down");
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
