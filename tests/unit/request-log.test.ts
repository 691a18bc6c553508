// The JSON request log the server wrapper writes for every request (lib/logging/request-log.mjs),
// driven over real HTTP: one line per request with its id, method, route, status and duration,
// and never the alias a search carries in its query string, the code a form posts in its body,
// or the code in an address. The same wrapper runs inside `next start`
// (database-recovery.test.ts reads its lines there).
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logOptions } from "@/lib/logging/log-options.mjs";
import { installRequestLog, requestIdOf } from "@/lib/logging/request-log.mjs";
import { routeMatchers, routeName } from "@/lib/logging/route-name.mjs";

const MANIFEST = {
  "/(staff)/page": "/",
  "/(staff)/tonight/page": "/tonight",
  "/(staff)/participants/page": "/participants",
  "/(staff)/participants/new/page": "/participants/new",
  "/(staff)/participants/[id]/page": "/participants/[id]",
  "/(staff)/participants/[id]/record/page": "/participants/[id]/record",
  "/api/participants/search/route": "/api/participants/search",
  "/api/auth/[...nextauth]/route": "/api/auth/[...nextauth]",
  "/api/health/route": "/api/health",
};
const matchers = routeMatchers(MANIFEST);
const ALIAS = "Mistinguette";
const CODE = "K7QM-3XPA";

type Line = Record<string, unknown>;
const written: string[] = [];
const lines = (): Line[] => written.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Line);

function serve(trustProxy: boolean) {
  const logger = pino(logOptions("info"), { write: (chunk: string) => void written.push(chunk) });
  // As Next's handler is: async code, whose awaits keep the request's context.
  const server = http.createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += (chunk as Buffer).toString();
    // A line the app writes while serving: it carries the request's id too.
    if (request.url?.startsWith("/tonight")) logger.info({ event: "app.line" }, "app.line");
    const status = request.url?.startsWith("/broken") ? 500 : request.url?.startsWith("/no/") ? 404 : 200;
    response.statusCode = status;
    response.end(`echo ${body}`);
  });
  installRequestLog(server, { logger, trustProxy, routes: () => matchers, staticFiles: new Set(["/robots.txt"]) });
  return server;
}

const plain = serve(false);
const behindProxy = serve(true);
const urlOf = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  for (const server of [plain, behindProxy]) await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  for (const server of [plain, behindProxy]) await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The line of the one request sent by `send`, once the server has closed its response. */
async function logged(send: () => Promise<Response>): Promise<{ line: Line; response: Response; all: Line[] }> {
  const before = lines().length;
  const response = await send();
  await response.text();
  // "close" follows the last byte sent: give the event loop a turn.
  for (let i = 0; i < 50 && lines().filter((l) => l.msg === "request").length <= lines().slice(0, before).filter((l) => l.msg === "request").length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const all = lines().slice(before);
  const line = all.find((l) => l.msg === "request");
  if (!line) throw new Error(`no request line in ${JSON.stringify(all)}`);
  return { line, response, all };
}

describe("the request log", () => {
  it("writes one JSON line per request with id, method, route, status and duration, and no alias from a search", async () => {
    const { line, response } = await logged(() => fetch(`${urlOf(plain)}/api/participants/search?q=${ALIAS}&limit=8`));
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/api/participants/search", status: 200 });
    expect(typeof line.time).toBe("string");
    expect(typeof line.durationMs).toBe("number");
    expect(line.durationMs as number).toBeGreaterThanOrEqual(0);
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-request-id")).toBe(line.requestId);
  });

  it("never logs a posted body: the code a form sends stays out, and the app's own line shares the request's id", async () => {
    const { line, all } = await logged(() =>
      fetch(`${urlOf(plain)}/tonight`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `code=${CODE}&alias=${ALIAS}` }),
    );
    expect(line).toMatchObject({ method: "POST", route: "/tonight", status: 200 });
    expect(all.find((l) => l.event === "app.line")).toMatchObject({ requestId: line.requestId });
  });

  it("names a route by its pattern: ids and codes in the address never reach the log", async () => {
    const cases: [string, string, number][] = [
      [`/participants/${CODE}`, "/participants/[id]", 200],
      ["/participants/0b8e4a4c-5f2e-4d59-9a57-4a1e0c1f0d11/record", "/participants/[id]/record", 200],
      ["/participants/new", "/participants/new", 200],
      ["/api/auth/callback/credentials", "/api/auth/[...nextauth]", 200],
      ["/", "/", 200],
      ["/robots.txt", "/robots.txt", 200],
      [`/no/such/${CODE}`, "(unmatched)", 404],
      ["/broken", "(unmatched)", 500],
    ];
    for (const [path, route, status] of cases) {
      const { line } = await logged(() => fetch(`${urlOf(plain)}${path}`));
      expect(line, path).toMatchObject({ route, status, level: status >= 500 ? "error" : "info" });
    }
  });

  it("takes the proxy's X-Request-Id only when TRUST_PROXY says a proxy is in front", async () => {
    const headers = { "x-request-id": "nginx-4f1c2a9b" };
    expect((await logged(() => fetch(`${urlOf(behindProxy)}/tonight`, { headers }))).line.requestId).toBe("nginx-4f1c2a9b");
    expect((await logged(() => fetch(`${urlOf(plain)}/tonight`, { headers }))).line.requestId).not.toBe("nginx-4f1c2a9b");
    // Whatever a client could write into the log is not an id.
    expect(requestIdOf('x" injected="1', true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf("a".repeat(129), true)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a proxy's health checks out of the log at the default level", async () => {
    const before = written.length;
    const response = await fetch(`${urlOf(plain)}/api/health`);
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written.slice(before).join("")).not.toContain("/api/health");
  });

  it("held neither the alias nor the code in any line written", () => {
    const text = written.join("");
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(ALIAS);
    expect(text).not.toContain(CODE);
    expect(text).not.toContain("K7QM");
    expect(text).not.toContain("?q=");
  });
});

describe("route names", () => {
  it("prefers a static route to a dynamic one and ignores the query string", () => {
    expect(routeName("/participants/new?from=tonight", matchers, new Set())).toBe("/participants/new");
    expect(routeName("/participants?search=Mistinguette", matchers, new Set())).toBe("/participants");
    expect(routeName("/_next/static/chunks/app.js", matchers, new Set())).toBe("/_next/static/*");
  });
});

describe("inside a server started the way npm start starts Next", () => {
  it("serveEnv's NODE_OPTIONS installs the request log: JSON lines on stdout, no query string, no error message", async () => {
    const { execFileSync } = await import("node:child_process");
    const { serveEnv } = await import("@/scripts/start/serve-next");
    const env = serveEnv({ PATH: process.env.PATH, NODE_ENV: "test" }, { databaseUrl: "postgresql://x", authSecret: "x".repeat(32), publicUrl: "http://localhost:3000", embedded: false, host: "127.0.0.1", port: 3000 });
    const child = `
import http from "node:http";
const server = http.createServer((request, response) => {
  // As Next prints an error a page did not catch: a Prisma validation error quotes its arguments.
  console.error(" ⨯", Object.assign(new Error('Invalid invocation: { alias: "${ALIAS}" }'), { name: "PrismaClientValidationError", digest: "2205628570" }));
  response.end("ok");
});
server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  await (await fetch("http://127.0.0.1:" + port + "/?q=${ALIAS}")).text();
  setTimeout(() => server.close(), 20);
});`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", child], { env, encoding: "utf8", timeout: 20_000 });
    const requests = output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Line);
    expect(requests.filter((line) => line.msg === "request")).toHaveLength(1);
    const request = requests.find((line) => line.msg === "request")!;
    expect(request).toMatchObject({ level: "info", method: "GET", status: 200 });
    expect(["/", "(unmatched)"]).toContain(request.route);
    // Next's print of an uncaught error: a JSON line of the same request, without its message.
    expect(requests.find((line) => line.event === "server.error")).toEqual({
      level: "error",
      time: expect.any(String),
      requestId: request.requestId,
      event: "server.error",
      error: { name: "PrismaClientValidationError", digest: "2205628570" },
      msg: "server.error",
    });
    expect(output).not.toContain(ALIAS);
  });
});
