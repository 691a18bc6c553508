// Whether an error means "the database is not answering" (stopped, restarting, unreachable),
// as opposed to a bug or a refused statement. Shared by the pool (lib/db-client.ts, which the
// scripts use too), the health check, the action wrapper and the request log, so that every one
// of them tells the same story. Pure: no server-only import, nothing from the generated client.

/** Prisma's own codes for a server it cannot reach, lost, or timed out waiting for. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds (@prisma/adapter-pg convertDriverError) for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** Sockets that did not connect or died. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception) and 57P01-57P03 (admin shutdown, crash
 * shutdown, cannot connect now: what `pg_ctl stop -m fast` sends to open sessions, and what a
 * server still starting up answers).
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3])$/;
/** node-postgres raises these as plain Errors, without a code. */
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|Connection refused/i;

/** @param {unknown} error */
export function isDatabaseUnavailable(error) {
  const seen = new Set();
  /** @type {unknown[]} */
  const queue = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const record = /** @type {Record<string, unknown>} */ (current);
    const code = typeof record.code === "string" ? record.code : undefined;
    if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) return true;
    if (record.kind === "postgres" && typeof record.code === "string" && SQLSTATE.test(record.code)) return true;
    if (typeof record.message === "string" && MESSAGES.test(record.message)) return true;
    // Prisma keeps the adapter's error under meta.driverAdapterError.cause; Node's AggregateError
    // (a host with several addresses, all refused) keeps them under errors.
    queue.push(record.cause, record.meta, record.driverAdapterError);
    if (Array.isArray(record.errors)) queue.push(...record.errors);
  }
  return false;
}
