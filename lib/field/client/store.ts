// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The device's field store (IndexedDB, through idb): the queue key (a non-extractable
// CryptoKey), the queue (bookkeeping in clear, the entry itself sealed with AES-GCM) and the
// forms' reference data (venues, catalogue, vaccines, partners: nothing about a person).
// Browser only; erased at sign-out (erase.ts).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { newQueueKey, seal, unseal, type Sealed } from "@/lib/field/client/crypto";
import { nextSeq, type EntryKind, type QueueRecord } from "@/lib/field/client/queue-rules";
import type { FieldReference } from "@/lib/field/reference";

export const FIELD_DB = "halte-field";

type StoredRecord = QueueRecord & { sealed: Sealed };

interface FieldDb extends DBSchema {
  keys: { key: string; value: CryptoKey };
  queue: { key: string; value: StoredRecord; indexes: { seq: number } };
  reference: { key: string; value: FieldReference };
}

let opening: Promise<IDBPDatabase<FieldDb>> | null = null;

function db(): Promise<IDBPDatabase<FieldDb>> {
  opening ??= openDB<FieldDb>(FIELD_DB, 1, {
    upgrade(database) {
      database.createObjectStore("keys");
      database.createObjectStore("queue", { keyPath: "id" }).createIndex("seq", "seq");
      database.createObjectStore("reference");
    },
    // Another tab erasing the store (sign-out) must not wait on this one.
    blocking() {
      void opening?.then((open) => open.close());
      opening = null;
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

async function queueKey(): Promise<CryptoKey> {
  const database = await db();
  const existing = await database.get("keys", "queue");
  if (existing) return existing;
  const key = await newQueueKey();
  await database.put("keys", key, "queue");
  return key;
}

export async function enqueue(kind: EntryKind, ownerId: string, entry: { submissionId: string; recordedAt: number }): Promise<void> {
  const key = await queueKey();
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
  const database = await db();
  const [record, key] = await Promise.all([database.get("queue", id), database.get("keys", "queue")]);
  if (!record || !key) return null;
  return unseal<T>(key, record.sealed, id);
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
