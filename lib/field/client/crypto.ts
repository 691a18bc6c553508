// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The queue's encryption (DESIGN.md §4.8, docs/decisions/0009-field-queue-under-a-pin.md): AES-GCM,
// 256 bits, with a key derived from a PIN the worker sets on the device (PBKDF2, SHA-256,
// 310,000 iterations, a random salt). The key is a non-extractable CryptoKey held in memory only:
// it is never stored, so a reload asks for the PIN again, and what is on the disk (salt, check
// value, sealed entries) does not open without it. Shared with the browser; WebCrypto only.

export type Sealed = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PIN_ITERATIONS = 310_000;
/** At least 6 digits, at most 12 (a phone's number pad, one thumb). */
export const PIN_PATTERN = /^\d{6,12}$/;
/** What the check value seals: a PIN opens it only if it is the PIN the key was made from. */
const CHECK = "halte-field-pin";
const CHECK_AD = "pin-check";

/** What the device keeps to recognise the PIN: nothing that gives the key without it. */
export type PinLock = { salt: Uint8Array<ArrayBuffer>; iterations: number; check: Sealed };

export function newSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(16));
}

export async function deriveQueueKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations = PIN_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/** A new PIN on this device: its key (kept in memory by the caller) and the lock to store. */
export async function newPinLock(pin: string): Promise<{ key: CryptoKey; lock: PinLock }> {
  const salt = newSalt();
  const key = await deriveQueueKey(pin, salt);
  return { key, lock: { salt, iterations: PIN_ITERATIONS, check: await seal(key, CHECK, CHECK_AD) } };
}

/** The key when `pin` is the device's PIN; null when it is not (a wrong PIN writes nothing). */
export async function unlockWithPin(pin: string, lock: PinLock): Promise<CryptoKey | null> {
  const key = await deriveQueueKey(pin, lock.salt, lock.iterations);
  try {
    return (await unseal<string>(key, lock.check, CHECK_AD)) === CHECK ? key : null;
  } catch {
    return null;
  }
}

/** A fresh 96-bit IV for every entry: GCM must never reuse one with the same key. */
export async function seal(key: CryptoKey, value: unknown, additionalData: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode(additionalData) }, key, plain);
  return { iv, data };
}

/**
 * `additionalData` binds the ciphertext to its queue record (its id): a sealed entry copied onto
 * another record does not open. Throws when the key or the data is not the one sealed.
 */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, additionalData: string): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.iv, additionalData: new TextEncoder().encode(additionalData) }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
