import "server-only";
// The one-time set-up code that guards "Set up my centre" on a database nobody has set up yet.
// `npm start` prints it in the terminal of the machine Halte runs on: whoever can read that
// terminal may create the first coordinator; someone who merely reaches the page may not.
// Only its SHA-256 is stored (Setting "setup.code"): 12 characters from a 31-letter alphabet are
// about 59 bits, far beyond guessing within the attempts allowed, so a slow hash adds nothing.
// Relative imports, no "server-only": scripts/start.ts issues the code before Next runs.
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../db.ts";

export const SETUP_CODE_KEY = "setup.code";
/** Wrong codes allowed per printed code; then the code is void until Halte is restarted. */
export const SETUP_CODE_ATTEMPTS = 10;

// No 0/O, 1/I/L: read off a terminal and typed by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 12;

export type StoredSetupCode = { hash: string; issuedAt: string };

export function normaliseSetupCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

function hashOf(code: string): string {
  return createHash("sha256").update(normaliseSetupCode(code)).digest("hex");
}

/** "ABCD-EFGH-JKMN" */
export function newSetupCode(): string {
  const characters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${characters.slice(0, 4)}-${characters.slice(4, 8)}-${characters.slice(8)}`;
}

/** Replaces any earlier code: only the last one printed works. */
export async function issueSetupCode(db: PrismaClient | Tx, issuedAt: Date): Promise<string> {
  const code = newSetupCode();
  const value: StoredSetupCode = { hash: hashOf(code), issuedAt: issuedAt.toISOString() };
  await db.setting.upsert({ where: { key: SETUP_CODE_KEY }, create: { key: SETUP_CODE_KEY, value }, update: { value } });
  return code;
}

export async function storedSetupCode(db: PrismaClient | Tx): Promise<StoredSetupCode | null> {
  const row = await db.setting.findUnique({ where: { key: SETUP_CODE_KEY } });
  const value = row?.value as Partial<StoredSetupCode> | undefined;
  return value && typeof value.hash === "string" && typeof value.issuedAt === "string" ? { hash: value.hash, issuedAt: value.issuedAt } : null;
}

export function setupCodeMatches(stored: StoredSetupCode, typed: string): boolean {
  const expected = Buffer.from(stored.hash, "hex");
  const actual = Buffer.from(hashOf(typed), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Used once: the centre exists afterwards, and a second set-up must never be possible. */
export async function consumeSetupCode(tx: Tx): Promise<void> {
  await tx.setting.deleteMany({ where: { key: SETUP_CODE_KEY } });
}
