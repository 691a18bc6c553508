// The page a person gets when the page they asked for failed because the database is away: the
// server wrapper (as preloaded into next start) replaces the 5xx the app was sending with a 503
// in both languages, without a trace of the failed page; anything else passes untouched.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logOptions } from "@/lib/logging/log-options.mjs";
import { installRequestLog } from "@/lib/logging/request-log.mjs";
import { databaseDownPage, replaceWithDatabaseDownPage } from "@/lib/health/database-down-page.mjs";
import { markDatabaseDown } from "@/lib/logging/logger";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

const page = databaseDownPage(fr, en);
const logLines: string[] = [];

// Stands in for Next: async handlers that fail the way a page whose query found no database does.
const server = http.createServer(async (request, response) => {
  await new Promise((resolve) => setImmediate(resolve));
  const url = request.url ?? "/";
  if (url.includes("down")) markDatabaseDown();
  response.setHeader("x-nextjs-cache", "MISS");
  response.setHeader("Set-Cookie", "leftover=1");
  if (url.startsWith("/streamed")) {
    // The status set first, the body streamed in chunks, as Next pipes a rendered page.
    response.statusCode = 500;
    response.write("<html><body><pre>Error: at renderPage (/srv/halte/.next/server/app.js:1:1)");
    await new Promise((resolve) => setImmediate(resolve));
    response.end("</pre></body></html>");
    return;
  }
  if (url.startsWith("/explicit")) {
    response.writeHead(500, { "Content-Type": "text/html", "X-Failed-Page": "1" });
    response.end("<html>failed page</html>");
    return;
  }
  const status = url.startsWith("/fine") ? 200 : url.startsWith("/api/health") ? 503 : 500;
  response.statusCode = status;
  response.end(url.startsWith("/api/") ? '{"status":"degraded","database":"down"}' : "generic error page");
});
installRequestLog(server, {
  logger: pino(logOptions("info"), { write: (line: string) => void logLines.push(line) }),
  trustProxy: false,
  routes: () => [],
  staticFiles: new Set(),
  onResponse: (request, response, context) => replaceWithDatabaseDownPage(request, response, context, page),
});

let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function expectDatabaseDownPage(response: Response, body: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("retry-after")).toBe("5");
  expect(response.headers.get("set-cookie")).toBeNull();
  expect(response.headers.get("x-nextjs-cache")).toBeNull();
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  expect(body).toContain("La base de données ne répond pas");
  expect(body).toContain("The database is not answering");
  expect(body).toContain(fr.errors.databaseDown.slice(0, 40));
  expect(body).toContain(en.errors.databaseDown.slice(0, 40));
  expect(body).not.toMatch(/\bat \w+ \(|\.next\/|failed page|generic error/);
}

describe("the database-down page", () => {
  it("replaces a page's 5xx when the database failed it, streamed or written at once", async () => {
    for (const path of ["/streamed/down", "/explicit/down", "/tonight/down?q=Mistinguette"]) {
      const response = await fetch(`${base}${path}`);
      expectDatabaseDownPage(response, await response.text());
    }
  });

  it("answers HEAD with the same status and no body", async () => {
    const response = await fetch(`${base}/tonight/down`, { method: "HEAD" });
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("");
  });

  it("leaves alone a failure that is not the database's, a page that succeeded, a route handler and a POST", async () => {
    const generic = await fetch(`${base}/tonight`);
    expect([generic.status, await generic.text()]).toEqual([500, "generic error page"]);
    const fine = await fetch(`${base}/fine/down`);
    expect([fine.status, await fine.text()]).toEqual([200, "generic error page"]);
    const health = await fetch(`${base}/api/health/down`);
    expect([health.status, await health.text()]).toEqual([503, '{"status":"degraded","database":"down"}']);
    const action = await fetch(`${base}/tonight/down`, { method: "POST", body: "x" });
    expect([action.status, await action.text()]).toEqual([500, "generic error page"]);
  });

  it("says in the request's log line that the database was down", async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const requests = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === "request");
    expect(requests.filter((line) => line.database === "down").length).toBeGreaterThanOrEqual(4);
    expect(requests.find((line) => line.status === 503 && line.method === "HEAD")).toMatchObject({ level: "error", database: "down" });
    expect(logLines.join("")).not.toContain("Mistinguette");
  });
});
