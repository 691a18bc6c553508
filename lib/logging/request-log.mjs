// One JSON line per HTTP request, written by the server wrapper when the response is done:
// {"level":"info","time":"…","requestId":"…","msg":"request","method":"GET","route":"/participants/[id]","status":200,"durationMs":12.3}
// It sees the socket, the final status and the whole duration, which Next's proxy.ts cannot.
// It never reads a body, never logs a header, a query string or a path's ids: a participant's
// code or alias can be in any of those. Installed into `next start` by
// scripts/start/request-log-preload.mjs; plain JavaScript for that reason.
import { randomUUID } from "node:crypto";
import { requestContextStorage } from "./log-options.mjs";
import { routeName } from "./route-name.mjs";

/** What a proxy's own request id may look like (nginx's $request_id, a UUID, a trace id). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The proxy's X-Request-Id when the operator said a proxy is in front (TRUST_PROXY=1, as for
 * X-Forwarded-For: lib/auth/client-address.ts); otherwise, or when it looks like anything else,
 * a new one. A client without a proxy could otherwise write what it likes into every log line.
 * @param {string | string[] | undefined} header
 * @param {boolean} trustProxy
 */
export function requestIdOf(header, trustProxy) {
  const value = Array.isArray(header) ? header[0] : header;
  if (trustProxy && typeof value === "string" && REQUEST_ID.test(value)) return value;
  return randomUUID();
}

/**
 * @typedef {{
 *   logger: import("pino").Logger,
 *   trustProxy: boolean,
 *   routes: () => import("./route-name.mjs").RouteMatcher[],
 *   staticFiles: ReadonlySet<string>,
 *   onResponse?: (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, context: { requestId: string, databaseDown: boolean }) => void,
 * }} RequestLogOptions
 */

/**
 * Wraps a server's "request" event: gives the request its id and context, then logs it once
 * the response is finished or the client went away.
 * @param {{ emit: (event: string, ...args: unknown[]) => boolean }} target http.Server.prototype, or one server
 * @param {RequestLogOptions} options
 */
export function installRequestLog(target, options) {
  const emit = target.emit;
  const storage = requestContextStorage();
  target.emit = function emitWithRequestLog(/** @type {string} */ event, /** @type {unknown[]} */ ...args) {
    if (event !== "request") return emit.call(this, event, ...args);
    const request = /** @type {import("node:http").IncomingMessage} */ (args[0]);
    const response = /** @type {import("node:http").ServerResponse} */ (args[1]);
    const started = process.hrtime.bigint();
    const context = { requestId: requestIdOf(request.headers["x-request-id"], options.trustProxy), databaseDown: false };
    response.setHeader("X-Request-Id", context.requestId);
    options.onResponse?.(request, response, context);
    response.once("close", () => {
      const status = response.statusCode;
      const route = routeName(request.url, options.routes(), options.staticFiles);
      const line = {
        method: request.method,
        route,
        status,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        ...(response.writableFinished ? {} : { aborted: true }),
        ...(context.databaseDown ? { database: "down" } : {}),
      };
      // A proxy asks for /api/health every few seconds: its successes only at LOG_LEVEL=debug.
      const level = status >= 500 ? "error" : route === "/api/health" && status === 200 ? "debug" : "info";
      storage.run(context, () => options.logger[level](line, "request"));
    });
    return storage.run(context, () => emit.call(this, event, ...args));
  };
}
