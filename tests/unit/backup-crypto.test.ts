// The backup file format: AES-256-GCM round trip, and every damage or wrong key refused.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { decryptToFile, encryptToFile } from "../../scripts/backup/backup-crypto.ts";
import { loadOrCreateBackupKey, parseKey, readBackupKey, type BackupKey } from "../../scripts/backup/backup-key.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "halte-crypto-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("backup encryption", () => {
  const key = loadOrCreateBackupKey(path.join(dir, "key"));
  const plain = randomBytes(300_000);
  const file = path.join(dir, "a.hbk");

  it("round-trips a streamed file, with a fresh nonce each time", async () => {
    await encryptToFile(Readable.from([plain.subarray(0, 1000), plain.subarray(1000)]), file, "pglite", key);
    await encryptToFile(Readable.from([plain]), path.join(dir, "b.hbk"), "pglite", key);
    const a = readFileSync(file);
    const b = readFileSync(path.join(dir, "b.hbk"));
    expect(a.length).toBe(30 + plain.length + 16);
    expect(a.subarray(18, 30).equals(b.subarray(18, 30))).toBe(false);
    const out = path.join(dir, "a.out");
    const header = await decryptToFile(file, out, key);
    expect(header.content).toBe("pglite");
    expect(readFileSync(out).equals(plain)).toBe(true);
  });

  it("refuses another key, a changed header, a flipped bit and a cut-short file, leaving no output", async () => {
    const other = parseKey(randomBytes(32).toString("base64url"), "other");
    const bytes = readFileSync(file);
    const header = Buffer.from(bytes);
    header[9] = 2; // says pg_dump: the header is authenticated too
    const flipped = Buffer.from(bytes);
    flipped[5000] = flipped[5000]! ^ 1;
    const cases: Array<[Buffer, BackupKey, RegExp]> = [
      [bytes, other, /another backup key/],
      [header, key, /damaged or cut short/],
      [flipped, key, /damaged or cut short/],
      [bytes.subarray(0, bytes.length - 1), key, /damaged or cut short/],
      [bytes.subarray(0, 40), key, /damaged or cut short|not a readable/],
    ];
    for (const [[content, useKey, message], i] of cases.map((c, i) => [c, i] as const)) {
      const damaged = path.join(dir, `damaged-${i}.hbk`);
      writeFileSync(damaged, content);
      const out = path.join(dir, `damaged-${i}.out`);
      await expect(decryptToFile(damaged, out, useKey)).rejects.toThrow(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("keeps the key it created, and refuses a file that is not a key", () => {
    expect(loadOrCreateBackupKey(path.join(dir, "key")).created).toBe(false);
    expect(() => parseKey("too short", "f")).toThrow(/does not hold a Halte backup key/);
  });

  it("refuses a key file others can read or write (one planted in a shared folder)", () => {
    const loose = path.join(dir, "loose.key");
    writeFileSync(loose, randomBytes(32).toString("base64url") + "\n", { mode: 0o644 });
    chmodSync(loose, 0o644);
    expect(() => loadOrCreateBackupKey(loose)).toThrow(/readable by it only \(chmod 600/);
    expect(() => readBackupKey(loose)).toThrow(/readable by it only/);
    chmodSync(loose, 0o600);
    expect(readBackupKey(loose).key.length).toBe(32);
  });
});
