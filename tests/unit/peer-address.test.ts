import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { serveEnv } from "@/scripts/start/serve-next";

// The preload `next start` runs with (serveEnv's NODE_OPTIONS): a forged peer header or
// X-Forwarded-For from the client must not become the address the sign-in limit counts.
const server = `
import http from "node:http";
const server = http.createServer((request, response) => response.end(String(request.headers["x-halte-peer-address"])));
server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  const answer = await fetch("http://127.0.0.1:" + port + "/", { headers: { "x-halte-peer-address": "203.0.113.66", "x-forwarded-for": "203.0.113.66" } });
  process.stdout.write(await answer.text());
  server.close();
});`;

describe("the socket address preload", () => {
  it("replaces whatever peer address the client sent with the TCP peer's", () => {
    const env = serveEnv({ PATH: process.env.PATH, NODE_ENV: "test" }, { databaseUrl: "postgresql://x", authSecret: "x".repeat(32), publicUrl: "http://localhost:3000", embedded: false, host: "127.0.0.1", port: 3000 });
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", server], { env, encoding: "utf8", timeout: 20_000 });
    // The request log's JSON line (request-log-preload.mjs) shares stdout: it is not the answer.
    const seen = output.split("\n").filter((line) => !line.startsWith("{")).join("");
    expect(seen).toBe("127.0.0.1");
  });
});
