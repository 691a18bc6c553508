// The page a person gets, with status 503, when the page they asked for failed because the
// database is not answering: in French and in English (the language choice may itself live in
// the database), no stack trace, no reference to look up. Decided on the server, by the server
// wrapper (scripts/start/request-log-preload.mjs), because Next hides a server error's cause from
// the browser: app code marks the request (lib/logging/logger.ts markDatabaseDown) when its
// database call fails that way, and the wrapper replaces the 5xx Next was about to send.
// Plain JavaScript: the wrapper runs outside Next's bundle.

const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * @typedef {{ errors: { databaseDownTitle: string, databaseDown: string, databaseDownRetry: string } }} Messages
 */

/**
 * @param {Messages} fr
 * @param {Messages} en
 */
export function databaseDownPage(fr, en) {
  const section = (/** @type {"fr" | "en"} */ lang, /** @type {Messages} */ messages) => `
<section lang="${lang}">
<h1>${escapeHtml(messages.errors.databaseDownTitle)}</h1>
<p>${escapeHtml(messages.errors.databaseDown)}</p>
<p><a href="">${escapeHtml(messages.errors.databaseDownRetry)}</a></p>
</section>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(fr.errors.databaseDownTitle)} · ${escapeHtml(en.errors.databaseDownTitle)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;background:#fafaf9;color:#1c1917}main{max-width:36rem;margin:0 auto;padding:4rem 1rem}h1{font-size:1.5rem;margin:0 0 .5rem}p{line-height:1.5}section+section{border-top:1px solid #d6d3d1;margin-top:2rem;padding-top:2rem}a{color:#7c2d12}</style>
</head>
<body>
<main>${section("fr", fr)}${section("en", en)}
</main>
</body>
</html>
`;
}

/** The response headers that say nothing about the failed page and still hold for this one. */
const KEPT = new Set([
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "x-robots-tag",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
  "x-request-id",
]);

/**
 * Arranges for `response` to become the database-down page if, when Next starts sending it, it
 * is a 5xx and the request was marked as failed by the database. Only for pages (GET and HEAD
 * outside /api/ and /_next/): a route handler answers JSON of its own, an action its own result.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {{ databaseDown: boolean }} context
 * @param {string} page
 */
export function replaceWithDatabaseDownPage(request, response, context, page) {
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  if ((request.method !== "GET" && request.method !== "HEAD") || path.startsWith("/api/") || path.startsWith("/_next/")) return;
  const { writeHead, write, end } = response;
  let decided = false;
  let replaced = false;
  const decide = () => {
    if (decided) return;
    decided = true;
    replaced = context.databaseDown && response.statusCode >= 500 && !response.headersSent;
    if (!replaced) return;
    for (const name of response.getHeaderNames()) if (!KEPT.has(name)) response.removeHeader(name);
    response.statusCode = 503;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Length", Buffer.byteLength(page));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Retry-After", "5");
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  };
  /** @type {any} */ (response).writeHead = function patchedWriteHead(/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
    if (!decided && typeof status === "number") response.statusCode = status;
    decide();
    return replaced ? writeHead.call(this, 503) : writeHead.call(this, status, .../** @type {[any]} */ (rest));
  };
  /** @type {any} */ (response).write = function patchedWrite(/** @type {unknown[]} */ ...args) {
    decide();
    if (!replaced) return write.apply(this, /** @type {any} */ (args));
    // Next's own page is dropped; its writer is told all went well.
    const callback = args.find((arg) => typeof arg === "function");
    if (callback) process.nextTick(/** @type {() => void} */ (callback));
    return true;
  };
  /** @type {any} */ (response).end = function patchedEnd(/** @type {unknown[]} */ ...args) {
    decide();
    if (!replaced) return end.apply(this, /** @type {any} */ (args));
    const callback = args.find((arg) => typeof arg === "function");
    return end.call(this, request.method === "HEAD" ? undefined : page, /** @type {any} */ (callback));
  };
}
