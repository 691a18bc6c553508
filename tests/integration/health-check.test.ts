// GET /api/health's database half: `SELECT 1` on the app's pool, "up" on the test database,
// "down" quickly on a server that refuses and on one that accepts but never answers (a hung
// host), never a hang. The route itself, through the built app, is in database-recovery.test.ts.
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { checkDatabase } from "@/lib/health/database-check";
import { GET } from "@/app/api/health/route";

const silent = net.createServer(() => {
  // Accepts the connection and says nothing, as a host whose PostgreSQL is wedged.
});
const sockets = new Set<net.Socket>();
silent.on("connection", (socket) => {
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("the database check", () => {
  it("is up on a database that answers, and the route says ok with 200 and nothing else", async () => {
    expect(await checkDatabase(prisma)).toBe("up");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  it("is down, at once, when nothing listens on the database's port", async () => {
    const client = createPrismaClient(`postgresql://halte@127.0.0.1:${await freePort()}/halte`);
    try {
      const started = Date.now();
      expect(await checkDatabase(client)).toBe("down");
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await client.$disconnect();
    }
  });

  it("is down within its timeout when the server accepts and never answers", async () => {
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const client = createPrismaClient(`postgresql://halte@127.0.0.1:${port}/halte`);
    try {
      const started = Date.now();
      expect(await checkDatabase(client, 500)).toBe("down");
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(450);
      expect(elapsed).toBeLessThan(1_500);
    } finally {
      for (const socket of sockets) socket.destroy();
      await client.$disconnect().catch(() => {});
    }
  });
});
