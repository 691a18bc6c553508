// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The queue's rules, apart from IndexedDB and the network so they are tested on their own:
// the order entries are sent in, what an answer means for an entry, and when an entry expires.
import { FIELD_SYNC_LIMIT_MS, FIELD_WARN_AFTER_MS } from "@/lib/field/schemas";

export type EntryKind = "outreach-shift" | "clinic-session";
export type EntryStatus = "waiting" | "refused";

/** What the device keeps about an entry in clear: no field the worker typed, only bookkeeping. */
export type QueueRecord = {
  /** The entry's submissionId: the server's dedupe key, made once when the worker saved it. */
  id: string;
  /** Order of saving on this device; entries are sent in this order. */
  seq: number;
  kind: EntryKind;
  /** The account that saved it: sent only in that account's session. */
  ownerId: string;
  recordedAt: number;
  status: EntryStatus;
  /** The server's reason for a refusal, in the worker's language. */
  error: string | null;
  fieldErrors: Record<string, string>;
};

export const ENDPOINTS: Record<EntryKind, string> = {
  "outreach-shift": "/api/field/outreach-shift",
  "clinic-session": "/api/field/clinic-session",
};

export function nextSeq(records: readonly Pick<QueueRecord, "seq">[]): number {
  return records.reduce((max, record) => Math.max(max, record.seq), 0) + 1;
}

/** Entries to send, oldest first: refused ones wait for the worker, other accounts' for their owner. */
export function sendOrder<T extends QueueRecord>(records: readonly T[], userId: string): T[] {
  return records.filter((record) => record.status === "waiting" && record.ownerId === userId).sort((a, b) => a.seq - b.seq);
}

export type Outcome = "recorded" | "refused" | "retry" | "signed-out";

/**
 * 200: recorded (or recorded earlier: the same submissionId answers the first copy) → drop it.
 * 400/403/422: refused, with a reason → keep it for the worker. 401: sign in again. Anything else
 * (no network, 5xx, a proxy's page) → keep it as it is and stop: later entries wait their turn,
 * so entries are recorded in the order they were saved.
 */
export function outcomeOf(status: number | null): Outcome {
  if (status === 200) return "recorded";
  if (status === 400 || status === 403 || status === 422) return "refused";
  if (status === 401) return "signed-out";
  return "retry";
}

export type Freshness = "fresh" | "warn" | "expired";

/** An entry not sent within 12 hours is erased; from 10 hours the worker is warned. */
export function freshness(recordedAt: number, now: number): Freshness {
  const age = now - recordedAt;
  if (age >= FIELD_SYNC_LIMIT_MS) return "expired";
  if (age >= FIELD_WARN_AFTER_MS) return "warn";
  return "fresh";
}
