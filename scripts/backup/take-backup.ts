// Taking one backup, either kind, into the backup directory: encrypted (backup-crypto.ts),
// recorded in the status file the settings page reads, nightly ones rotated.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { PGlite } from "@electric-sql/pglite";
import { recordBackupOutcome } from "../../lib/backup/backup-status.ts";
import { clockNow } from "../../lib/test-clock-setting.ts";
import { connectionStringFor } from "../../lib/database-url.ts";
import { ExpectedFailure } from "../start/expected-failure.ts";
import { encryptToFile } from "./backup-crypto.ts";
import type { BackupKey } from "./backup-key.ts";
import { backupFileName, rotateBackups, type BackupReason } from "./backup-files.ts";

export type TakenBackup = { file: string; bytes: number; rotated: string[] };
type Options = { dir: string; key: BackupKey; reason: BackupReason };
/** Embedded only: the data directory's session secret file, carried along (see embeddedPayload). */
type EmbeddedOptions = Options & { secretFile: string };

async function finish(options: Options, at: Date, write: (file: string) => Promise<number>): Promise<TakenBackup> {
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const file = path.join(options.dir, backupFileName(options.reason, at));
  try {
    const bytes = await write(file);
    const rotated = options.reason === "nightly" ? rotateBackups(options.dir) : [];
    recordBackupOutcome(options.dir, { at, file });
    return { file, bytes, rotated };
  } catch (error) {
    recordBackupOutcome(options.dir, { at, failure: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/**
 * The embedded database, while it serves: PGlite's dumpDataDir() copies the data directory
 * under the same lock the socket server takes for every protocol message, so the copy is the
 * state between two messages (a crash-consistent snapshot: an open transaction is rolled back
 * when the copy is opened, committed ones are all there). Gzipped in memory, then encrypted.
 */
export async function backupEmbedded(db: PGlite, options: EmbeddedOptions): Promise<TakenBackup> {
  const at = clockNow();
  return await finish(options, at, async (file) => {
    const tar = Buffer.from(await (await db.dumpDataDir("gzip")).arrayBuffer());
    const authSecret = existsSync(options.secretFile) ? readFileSync(options.secretFile, "utf8").trim() : null;
    return await encryptToFile(Readable.from(embeddedPayload({ authSecret }, tar)), file, "pglite", options.key);
  });
}

/**
 * What an embedded backup holds once decrypted: a 4-byte length, that many bytes of JSON (the
 * session secret, from which the keyed hashes of bad-date reports derive: a restore on a new
 * machine without it could no longer match them), then the data directory's tar.gz.
 */
export type EmbeddedExtras = { authSecret: string | null };

export function* embeddedPayload(extras: EmbeddedExtras, tar: Buffer): Generator<Buffer> {
  const json = Buffer.from(JSON.stringify(extras), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  yield length;
  yield json;
  yield tar;
}

export function readEmbeddedPayload(payload: Buffer): { extras: EmbeddedExtras; tar: Buffer } {
  const length = payload.length >= 4 ? payload.readUInt32BE(0) : Number.MAX_SAFE_INTEGER;
  if (length > 64 * 1024 || 4 + length > payload.length) throw new Error("no extras block");
  const parsed = JSON.parse(payload.subarray(4, 4 + length).toString("utf8")) as Partial<EmbeddedExtras>;
  return { extras: { authSecret: typeof parsed.authSecret === "string" ? parsed.authSecret : null }, tar: payload.subarray(4 + length) };
}

/** A PostgreSQL server: pg_dump's custom format, streamed through the cipher. */
export async function backupPostgres(databaseUrl: string, options: Options): Promise<TakenBackup> {
  const at = clockNow();
  return await finish(options, at, async (file) => {
    const url = new URL(connectionStringFor(databaseUrl));
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (url.password) {
      // Kept out of `ps`.
      env.PGPASSWORD = decodeURIComponent(url.password);
      url.password = "";
    }
    const child = spawn("pg_dump", ["--format=custom", "--no-password", `--dbname=${url.toString()}`], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve, reject) => {
      child.once("error", (error: NodeJS.ErrnoException) =>
        reject(
          error.code === "ENOENT"
            ? new ExpectedFailure("pg_dump is not installed: install PostgreSQL's client (apt-get install postgresql-client) / pg_dump n'est pas installé")
            : error,
        ),
      );
      child.once("close", resolve);
    });
    const written = encryptToFile(child.stdout, file, "pgdump", options.key);
    const [code, bytes] = await Promise.all([exited, written.catch((error: unknown) => error as Error)]);
    if (code !== 0 || bytes instanceof Error) {
      rmSync(file, { force: true });
      throw new ExpectedFailure(`pg_dump failed / pg_dump a échoué:\n${stderr.trim() || String(bytes)}`);
    }
    return bytes;
  });
}
