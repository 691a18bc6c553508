// The options every Halte logger shares: the request log of the server wrapper
// (request-log.mjs, outside Next's bundle) and the app's own logger (logger.ts, inside it), so
// that both write the same JSON lines: {"level":"info","time":"…","requestId":"…","msg":"…"}.
// Plain JavaScript with no server-only import: the preload loads it before Next exists.
import { AsyncLocalStorage } from "node:async_hooks";

const LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** LOG_LEVEL when it names a pino level, else "info" (a typo must not silence the log). */
export function logLevelOf(value) {
  return typeof value === "string" && LEVELS.has(value.trim()) ? value.trim() : "info";
}

const CONTEXT = Symbol.for("halte.request-context");

/**
 * The context of the request being served: its id, and whether the database failed it. One
 * store per process, on globalThis, because the wrapper and Next's bundled server code are
 * separate module graphs in the same process.
 * @returns {AsyncLocalStorage<{ requestId: string, databaseDown: boolean }>}
 */
export function requestContextStorage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<{ requestId: string, databaseDown: boolean }> | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[CONTEXT] ??= new AsyncLocalStorage();
  return holder[CONTEXT];
}

/** @param {string | undefined} level */
export function logOptions(level) {
  return {
    level: logLevelOf(level),
    // No hostname or pid: one service, and nothing a shipped log does not need.
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (/** @type {string} */ label) => ({ level: label }) },
    // Every line written while a request is served carries that request's id.
    mixin() {
      const context = requestContextStorage().getStore();
      return context ? { requestId: context.requestId } : {};
    },
  };
}

/**
 * What a log may say about an error: its name, its code, and for our own errors its message.
 * Never the message of a Prisma error (a validation error quotes the query's arguments, an
 * alias among them), never a driver error's detail (`Key (alias)=(…) already exists`), never
 * a stack: the log leaves the machine, the people in it must not.
 * @param {unknown} error
 */
export function errorFields(error) {
  if (!(error instanceof Error)) return { name: typeof error };
  const record = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (error));
  const code = typeof record.code === "string" ? record.code : undefined;
  // Next's digest is the reference its error page shows the person (app/error.tsx).
  const digest = typeof record.digest === "string" ? record.digest : undefined;
  const prisma = error.name.startsWith("PrismaClient");
  return {
    name: error.name,
    ...(code ? { code } : {}),
    ...(digest ? { digest } : {}),
    ...(prisma ? {} : { message: error.message.split("\n")[0]?.slice(0, 300) ?? "" }),
  };
}
