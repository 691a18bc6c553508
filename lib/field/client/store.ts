// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The device's field store (IndexedDB, through idb): the PIN's lock (salt, iterations, a sealed
// check value, the count of wrong PINs in a row: never the key), the queue (bookkeeping in clear,
// the entry itself sealed with AES-GCM under the PIN's key) and the forms' reference data
// (venues, catalogue, vaccines, partners: nothing about a person). The key itself lives in this
// module's memory only, from the PIN typed until the page goes. Browser only; erased at sign-out (erase.ts).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { newPinLock, seal, unlockWithPin, unseal, type PinLock, type Sealed } from "@/lib/field/client/crypto";
import { nextSeq, type EntryKind, type QueueRecord } from "@/lib/field/client/queue-rules";
import type { FieldReference } from "@/lib/field/reference";

export const FIELD_DB = "halte-field";

type StoredRecord = QueueRecord & { sealed: Sealed };

interface FieldDb extends DBSchema {
  /** Version 1 kept a device key here (a non-extractable CryptoKey): read once, to re-seal under a PIN. */
  keys: { key: string; value: CryptoKey };
  lock: { key: "pin"; value: PinLock & { failures: number } };
  queue: { key: string; value: StoredRecord; indexes: { seq: number } };
  reference: { key: string; value: FieldReference };
}

let opening: Promise<IDBPDatabase<FieldDb>> | null = null;
/** The PIN's key, once typed: in memory only, gone with the page (a reload asks again). */
let unlocked: CryptoKey | null = null;

function db(): Promise<IDBPDatabase<FieldDb>> {
  opening ??= openDB<FieldDb>(FIELD_DB, 2, {
    // Each store made if missing (not by version number): a database opened before its stores
    // existed (another script, an interrupted upgrade) still gets them all.
    upgrade(database) {
      if (!database.objectStoreNames.contains("keys")) database.createObjectStore("keys");
      if (!database.objectStoreNames.contains("queue")) database.createObjectStore("queue", { keyPath: "id" }).createIndex("seq", "seq");
      if (!database.objectStoreNames.contains("reference")) database.createObjectStore("reference");
      if (!database.objectStoreNames.contains("lock")) database.createObjectStore("lock");
    },
    // Another tab erasing the store (sign-out) must not wait on this one, and this tab must not
    // keep sealing under the erased PIN's key: the key goes too (the PIN screen comes back).
    blocking() {
      void opening?.then((open) => open.close());
      opening = null;
      unlocked = null;
    },
  });
  return opening;
}

/** Closes the connection so the database can be deleted. */
export async function closeFieldDb(): Promise<void> {
  const open = opening;
  opening = null;
  if (open) (await open).close();
}

export type LockState = "no-pin" | "locked" | "open";

export function isUnlocked(): boolean {
  return unlocked !== null;
}

export async function lockState(): Promise<LockState> {
  if (unlocked) return "open";
  return (await (await db()).get("lock", "pin")) ? "locked" : "no-pin";
}

/** Wrong PINs typed in a row on this device (kept across reloads; a right PIN resets it). */
export async function wrongPins(): Promise<number> {
  return (await (await db()).get("lock", "pin"))?.failures ?? 0;
}

/**
 * Sets the device's PIN (none set yet, or the queue was erased after wrong PINs). Entries sealed
 * under version 1's device key are opened with it and sealed again under the PIN's key, then
 * that key is deleted: nothing waiting is lost in the change.
 */
export async function setPin(pin: string): Promise<void> {
  const { key, lock } = await newPinLock(pin);
  const database = await db();
  const legacy = await database.get("keys", "queue");
  if (legacy) {
    for (const record of await database.getAll("queue")) {
      const entry = await unseal<unknown>(legacy, record.sealed, record.id).catch(() => undefined);
      if (entry !== undefined) await database.put("queue", { ...record, sealed: await seal(key, entry, record.id) });
    }
    await database.delete("keys", "queue");
  }
  await database.put("lock", { ...lock, failures: 0 }, "pin");
  unlocked = key;
}

/** True when `pin` opens the queue. A wrong one only adds to the count of wrong PINs. */
export async function unlock(pin: string): Promise<boolean> {
  const database = await db();
  const lock = await database.get("lock", "pin");
  if (!lock) return false;
  const key = await unlockWithPin(pin, lock);
  await database.put("lock", { ...lock, failures: key ? 0 : lock.failures + 1 }, "pin");
  unlocked = key;
  return key !== null;
}

/**
 * The worker's choice after too many wrong PINs: the entries waiting and the PIN go (they cannot
 * be opened without it); the lists stay, and a new PIN can be set.
 */
export async function eraseQueueAndPin(): Promise<void> {
  const database = await db();
  const tx = database.transaction(["queue", "lock", "keys"], "readwrite");
  await Promise.all([tx.objectStore("queue").clear(), tx.objectStore("lock").clear(), tx.objectStore("keys").clear(), tx.done]);
  unlocked = null;
}

/** Forgets the key held in memory (sign-out). */
export function forgetKey(): void {
  unlocked = null;
}

function queueKey(): CryptoKey {
  if (!unlocked) throw new Error("field queue locked");
  return unlocked;
}

export async function enqueue(kind: EntryKind, ownerId: string, entry: { submissionId: string; recordedAt: number }): Promise<void> {
  const key = queueKey();
  const sealed = await seal(key, entry, entry.submissionId);
  const database = await db();
  const tx = database.transaction("queue", "readwrite");
  const existing = await tx.store.get(entry.submissionId);
  // Saved again after a correction: same submissionId, same place in the order.
  const seq = existing?.seq ?? nextSeq(await tx.store.getAll());
  await tx.store.put({ id: entry.submissionId, seq, kind, ownerId, recordedAt: entry.recordedAt, status: "waiting", error: null, fieldErrors: {}, sealed });
  await tx.done;
}

export async function queueRecords(): Promise<QueueRecord[]> {
  const records = await (await db()).getAllFromIndex("queue", "seq");
  return records.map(({ sealed: _sealed, ...record }) => record);
}

export async function openEntry<T>(id: string): Promise<T | null> {
  const record = await (await db()).get("queue", id);
  if (!record || !unlocked) return null;
  return unseal<T>(unlocked, record.sealed, id);
}

export async function markRefused(id: string, error: string, fieldErrors: Record<string, string>): Promise<void> {
  const database = await db();
  const tx = database.transaction("queue", "readwrite");
  const record = await tx.store.get(id);
  if (record) await tx.store.put({ ...record, status: "refused", error, fieldErrors });
  await tx.done;
}

export async function removeEntry(id: string): Promise<void> {
  await (await db()).delete("queue", id);
}

export async function saveReference(reference: FieldReference): Promise<void> {
  await (await db()).put("reference", reference, "current");
}

export async function storedReference(): Promise<FieldReference | null> {
  return (await (await db()).get("reference", "current")) ?? null;
}
