// The running `npm start` and the `npm run backup` / `npm run restore` commands meet on a Unix
// socket in the data directory. The data directory is 0700 and the socket 0600: only the
// account that runs Halte can connect, which is the authentication (no token to leak).
// It doubles as the data directory's lock: PGlite takes none, and two processes on one data
// directory would corrupt it, so whoever holds the socket (a live Halte, a backup of a stopped
// one, a restore) is the only one opening the database.
import { createHash } from "node:crypto";
import { chmodSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ExpectedFailure } from "../start/expected-failure.ts";

/** Unix socket paths are limited to ~104 bytes: a long data directory gets a hashed name in the temp dir. */
export function controlSocketPath(dataDir: string): string {
  const inside = path.join(dataDir, "control.sock");
  if (Buffer.byteLength(inside) <= 100) return inside;
  return path.join(os.tmpdir(), `halte-${createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16)}.sock`);
}

export type ControlRequest = { command: "backup"; dir: string };
export type ControlReply = { ok: true; file: string; bytes: number } | { ok: false; message: string };
export type ControlHandler = (request: ControlRequest) => Promise<ControlReply>;

export class DataDirInUse extends ExpectedFailure {}

function connect(socketPath: string): Promise<net.Socket | null> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(socketPath);
    socket.once("connect", () => resolve(socket));
    socket.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
  });
}

export type ControlSocket = { path: string; serve: (handler: ControlHandler) => void; close: () => Promise<void> };

/** Takes the data directory; refuses when a live process holds it. A socket left by a killed process is replaced. */
export async function claimControlSocket(dataDir: string, holder: { en: string; fr: string }): Promise<ControlSocket> {
  const socketPath = controlSocketPath(dataDir);
  const live = await connect(socketPath);
  if (live) {
    live.destroy();
    throw new DataDirInUse(
      `Halte (or a backup or restore) is running on ${dataDir}: ${holder.en} needs it stopped first / ` +
        `Halte (ou une sauvegarde, une restauration) utilise ${dataDir} : ${holder.fr}`,
    );
  }
  rmSync(socketPath, { force: true });
  let handler: ControlHandler = async () => ({ ok: false, message: "Not ready yet / Pas encore prêt" });
  const server = net.createServer((socket) => {
    let buffer = "";
    socket.setEncoding("utf8");
    socket.on("error", () => {});
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf("\n");
      if (end < 0) {
        if (buffer.length > 4096) socket.destroy();
        return;
      }
      let request: ControlRequest;
      try {
        const parsed = JSON.parse(buffer.slice(0, end)) as Partial<ControlRequest>;
        if (parsed.command !== "backup" || typeof parsed.dir !== "string" || !path.isAbsolute(parsed.dir)) throw new Error("bad request");
        request = { command: "backup", dir: parsed.dir };
      } catch {
        socket.end(JSON.stringify({ ok: false, message: "Bad request / Requête invalide" }) + "\n");
        return;
      }
      void handler(request)
        .catch((error: unknown): ControlReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }))
        .then((reply) => socket.end(JSON.stringify(reply) + "\n"));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return {
    path: socketPath,
    serve: (next) => {
      handler = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        rmSync(socketPath, { force: true });
      }),
  };
}

/** Asks the Halte running on `dataDir`; null when none is running. */
export async function askRunningHalte(dataDir: string, request: ControlRequest, timeoutMs = 600_000): Promise<ControlReply | null> {
  const socket = await connect(controlSocketPath(dataDir));
  if (!socket) return null;
  return await new Promise<ControlReply>((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ExpectedFailure("The running Halte did not answer in time / Halte n'a pas répondu à temps"));
    }, timeoutMs);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (buffer += chunk));
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(buffer.trim()) as ControlReply);
      } catch {
        reject(new ExpectedFailure("The running Halte closed the connection without an answer / Halte a coupé sans répondre"));
      }
    });
    socket.write(JSON.stringify(request) + "\n");
  });
}
