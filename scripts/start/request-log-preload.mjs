// Preloaded into `next start` / `next dev` (NODE_OPTIONS=--import, see serve-next.ts) beside
// peer-address.mjs: the JSON request log (lib/logging/request-log.mjs) around every request the
// process serves, and the "database is not answering" page in place of a page that failed for
// that reason (lib/health/database-down-page.mjs). Routes come from the build's manifest, read
// again when a build (or `next dev`) rewrites it.
import http from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { errorFields, logOptions, requestContextStorage } from "../../lib/logging/log-options.mjs";
import { isDatabaseUnavailable } from "../../lib/database-unavailable.mjs";
import { installRequestLog } from "../../lib/logging/request-log.mjs";
import { routeMatchers } from "../../lib/logging/route-name.mjs";
import { databaseDownPage, replaceWithDatabaseDownPage } from "../../lib/health/database-down-page.mjs";

const root = process.cwd();
const MANIFESTS = [path.join(root, ".next", "app-path-routes-manifest.json"), path.join(root, ".next", "dev", "app-path-routes-manifest.json")];

/** public/'s files, served at their own path. */
function publicFiles(dir, prefix = "") {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? publicFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
    );
  } catch {
    return [];
  }
}

let matchers = [];
let seen = "";
let checkedAt = 0;
function routes() {
  const now = performance.now();
  if (now - checkedAt < 2_000) return matchers;
  checkedAt = now;
  for (const file of MANIFESTS) {
    try {
      const stamp = `${file}:${statSync(file).mtimeMs}`;
      if (stamp !== seen) {
        matchers = routeMatchers(JSON.parse(readFileSync(file, "utf8")));
        seen = stamp;
      }
      return matchers;
    } catch {
      // Not built yet, or being rewritten: try the next one, keep the last good list.
    }
  }
  return matchers;
}

const messages = (lang) => JSON.parse(readFileSync(path.join(root, "messages", `${lang}.json`), "utf8"));
const downPage = databaseDownPage(messages("fr"), messages("en"));

const logger = pino(logOptions(process.env.LOG_LEVEL), pino.destination({ dest: 1, sync: true }));

// Next prints an error a page or a route did not catch with console.error, message and stack
// included: a Prisma validation error's message quotes the query's arguments, an alias among
// them. In production it becomes a JSON line like the others, with the error's name, code and
// digest (the reference the person was shown) only; such a failure because the database is
// away also marks the request, for the database-down page. `next dev` keeps its stack traces.
if (process.argv[2] !== "dev") {
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    const error = args.find((arg) => arg instanceof Error);
    if (!error) return consoleError(...args);
    const unavailable = isDatabaseUnavailable(error);
    const context = requestContextStorage().getStore();
    if (unavailable && context) context.databaseDown = true;
    logger.error({ event: "server.error", error: errorFields(error), ...(unavailable ? { database: "down" } : {}) }, "server.error");
  };
}

installRequestLog(http.Server.prototype, {
  logger,
  trustProxy: process.env.TRUST_PROXY === "1",
  routes,
  staticFiles: new Set([...publicFiles(path.join(root, "public")), "/favicon.ico"]),
  onResponse: (request, response, context) => replaceWithDatabaseDownPage(request, response, context, downPage),
});
