import "server-only";
import pino from "pino";
import { errorFields, logOptions, requestContextStorage } from "@/lib/logging/log-options.mjs";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";

// The app's own log (pino is one of Next's default server external packages: it is loaded from
// node_modules, not bundled). Same line format as the request log (log-options.mjs), so one
// request's lines share its requestId.
//
// Under vitest every line goes through console.error instead of stdout: tests/support/
// fail-on-console.ts then fails a test whose action failed unexpectedly, as it did when the
// wrapper wrote with console.error, and a test that expects a failure spies on console.error.
const destination = process.env.VITEST ? { write: (line: string) => console.error(line.trimEnd()) } : pino.destination({ dest: 1, sync: true });

export const logger = pino(logOptions(process.env.LOG_LEVEL), destination);

/**
 * One error line: where it happened (`event`, e.g. "action.failed"), a few safe fields (the
 * action's name, a reference shown to the person), and the error's name and code, never its
 * input (errorFields says what passes). A failure because the database is away says so.
 */
export function logError(event: string, error: unknown, fields: Record<string, string | number> = {}): void {
  const unavailable = isDatabaseUnavailable(error);
  if (unavailable) markDatabaseDown();
  logger.error({ event, ...fields, error: errorFields(error), ...(unavailable ? { database: "down" } : {}) }, event);
}

/**
 * Tells the server wrapper that the request being served failed because the database is away:
 * its log line says so, and a page gets the "database is not answering" page (503) in place of
 * the generic error (lib/logging/database-down-page.mjs).
 */
export function markDatabaseDown(): void {
  const context = requestContextStorage().getStore();
  if (context) context.databaseDown = true;
}
