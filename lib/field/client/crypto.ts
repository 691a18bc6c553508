// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The queue's encryption (DESIGN.md §4.8): AES-GCM, 256 bits, with a key made on the device as a
// non-extractable CryptoKey. The key is kept in IndexedDB as that CryptoKey object (the browser
// stores it; no script, not even ours, can read its bytes out), and is deleted at sign-out, after
// which what is left of the queue cannot be read. Shared with the browser; WebCrypto only.

export type Sealed = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

export function newQueueKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
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
