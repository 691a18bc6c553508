// Backup files: AES-256-GCM from node:crypto (OpenSSL), never a home-made cipher.
//
//   offset  size  field
//   0       8     "HALTEBAK"
//   8       1     format version (1)
//   9       1     content: 1 = PGlite data directory (tar.gz), 2 = pg_dump custom archive
//   10      8     key id (backup-key.ts): a wrong key is named as such, not as damage
//   18      12    random nonce (a fresh one for every file, so a key never meets a nonce twice)
//   30      …     ciphertext, streamed
//   end-16  16    GCM tag over the header (as additional data) and the ciphertext
//
// One GCM stream per file, streamed through: no file is held whole in memory by the cipher.
// Decryption writes to a temporary file, and only a verified tag (final()) lets anyone use it:
// a truncated or altered backup fails there, before a byte of it reaches a database.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ExpectedFailure } from "../start/expected-failure.ts";
import type { BackupKey } from "./backup-key.ts";

const MAGIC = Buffer.from("HALTEBAK", "ascii");
export const FORMAT_VERSION = 1;
const HEADER_BYTES = 30;
const TAG_BYTES = 16;

export const CONTENT = { pglite: 1, pgdump: 2 } as const;
export type Content = keyof typeof CONTENT;

function header(content: Content, key: BackupKey, nonce: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, CONTENT[content]]), key.id, nonce]);
}

/** Encrypts `source` into `file` (written as file.partial, owner-only, renamed once complete). */
export async function encryptToFile(source: Readable, file: string, content: Content, key: BackupKey): Promise<number> {
  const nonce = randomBytes(12);
  const head = header(content, key, nonce);
  const cipher = createCipheriv("aes-256-gcm", key.key, nonce);
  cipher.setAAD(head);
  const partial = `${file}.partial-${randomBytes(4).toString("hex")}`;
  const out = createWriteStream(partial, { flags: "wx", mode: 0o600 });
  try {
    out.write(head);
    await pipeline(source, cipher, out, { end: false });
    await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (error?: Error | null) => (error ? reject(error) : resolve())));
    syncFile(partial);
    renameSync(partial, file);
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  return statSync(file).size;
}

function syncFile(file: string): void {
  const fd = openSync(file, "r+");
  try {
    // The backup is the copy that survives a power cut: it must be on the disk, not in a cache.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export type BackupHeader = { version: number; content: Content; keyId: Buffer; nonce: Buffer; raw: Buffer; size: number };

const unreadable = (file: string, why: string) =>
  new ExpectedFailure(
    `${file} is not a readable Halte backup (${why}): nothing was restored and nothing changed / ` +
      `${file} n'est pas une sauvegarde Halte lisible : rien n'a été restauré ni modifié`,
  );

export function readHeader(file: string): BackupHeader {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ExpectedFailure(`${file}: no such backup file / fichier de sauvegarde introuvable`);
  }
  const raw = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, "r");
  try {
    readSync(fd, raw, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (size < HEADER_BYTES + TAG_BYTES || !raw.subarray(0, 8).equals(MAGIC)) throw unreadable(file, "no Halte backup header");
  const version = raw[8]!;
  if (version !== FORMAT_VERSION) throw unreadable(file, `format ${version}, this Halte reads ${FORMAT_VERSION}`);
  const content = (Object.keys(CONTENT) as Content[]).find((name) => CONTENT[name] === raw[9]);
  if (!content) throw unreadable(file, "unknown content");
  return { version, content, keyId: raw.subarray(10, 18), nonce: raw.subarray(18, 30), raw, size };
}

/** Decrypts `file` into `out` (owner-only); throws, leaving no `out`, unless the tag verifies. */
export async function decryptToFile(file: string, out: string, key: BackupKey): Promise<BackupHeader> {
  const head = readHeader(file);
  if (!head.keyId.equals(key.id)) {
    throw new ExpectedFailure(
      `${file} was made with another backup key than ${key.file}: nothing was restored / ` +
        `${file} a été chiffrée avec une autre clé que ${key.file} : rien n'a été restauré`,
    );
  }
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = openSync(file, "r");
  try {
    readSync(fd, tag, 0, TAG_BYTES, head.size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  const decipher = createDecipheriv("aes-256-gcm", key.key, head.nonce);
  decipher.setAAD(head.raw);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(file, { start: HEADER_BYTES, end: head.size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(out, { flags: "wx", mode: 0o600 }),
    );
  } catch (error) {
    rmSync(out, { force: true });
    if (error instanceof Error && /unable to authenticate|Unsupported state/i.test(error.message)) {
      throw unreadable(file, "damaged or cut short: its authentication tag does not match");
    }
    throw error;
  }
  return head;
}
