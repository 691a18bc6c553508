// PostgreSQL compiled to WASM (PGlite) behind a socket, so that the app, the migration
// runner and the tests reach it over an ordinary postgres:// URL.
//
// Measured limits (docs/decisions/0001-embedded-pglite.md): PGlite runs one session, so the socket server accepts at
// most 2 connections and every pg pool in front of it keeps max 1; more fail under load with
// `portal "" does not exist`. PGlite does not lock its data directory, so a second server on
// the same directory would corrupt it: we refuse to start when the port is already taken.
import { mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { markEmbedded } from "../../lib/database-url.ts";
import { openDurablePGlite } from "./durable-nodefs.ts";

export type EmbeddedPostgres = {
  url: string;
  port: number;
  /** The instance itself: backups dump it while it serves (scripts/backup/embedded-backup.ts). */
  db: PGlite;
  stop: () => Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Directory for the data files; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
};

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use: is another Halte database running? Stop it or set DATABASE_PORT.`);
    this.name = "PortInUseError";
  }
}

/** Resolves to a free port when `port` is 0, to `port` when it is free; throws when taken. */
export async function claimPort(port: number, host = "127.0.0.1"): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error);
    });
    probe.listen(port, host, () => {
      const address = probe.address();
      const chosen = typeof address === "object" && address ? address.port : port;
      probe.close(() => resolve(chosen));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const port = await claimPort(options.port ?? 0, host);
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });

  // On disk: fsync on (durable-nodefs.ts), so a commit is on the disk when it is acknowledged.
  const db = options.dataDir ? await openDurablePGlite(options.dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 2 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw (error as NodeJS.ErrnoException).code === "EADDRINUSE" ? new PortInUseError(port) : error;
  }

  let stopped = false;
  return {
    port,
    db,
    // The mark tells every pool in front of it to keep one connection (lib/database-url.ts).
    url: markEmbedded(`postgresql://postgres@${host}:${port}/postgres?sslmode=disable`),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() checkpoints and flushes to the data directory: no committed data is lost.
      await db.close();
    },
  };
}
