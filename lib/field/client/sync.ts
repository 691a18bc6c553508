// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Sends the queue, oldest entry first, one at a time (browser only). Each entry carries its
// submissionId: a page killed after the server recorded an entry but before the device dropped
// it sends it again on reopening, and the server answers the first copy's result.
import { ENDPOINTS, outcomeOf, sendOrder, type Outcome } from "@/lib/field/client/queue-rules";
import { markRefused, openEntry, queueRecords, removeEntry } from "@/lib/field/client/store";

export type SyncReport = { recorded: number; refused: number; stoppedBy: Outcome | null };

async function post(url: string, entry: unknown): Promise<{ status: number | null; body: { error?: string; fieldErrors?: Record<string, string> } }> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(entry), credentials: "same-origin", cache: "no-store" });
    const body = await response.json().catch(() => ({}));
    return { status: response.status, body };
  } catch {
    return { status: null, body: {} };
  }
}

async function syncOnce(userId: string): Promise<SyncReport> {
  const report: SyncReport = { recorded: 0, refused: 0, stoppedBy: null };
  for (const record of sendOrder(await queueRecords(), userId)) {
    const entry = await openEntry(record.id);
    if (entry === null) continue;
    const { status, body } = await post(ENDPOINTS[record.kind], entry);
    const outcome = outcomeOf(status);
    if (outcome === "recorded") {
      await removeEntry(record.id);
      report.recorded += 1;
    } else if (outcome === "refused") {
      await markRefused(record.id, body.error ?? "", body.fieldErrors ?? {});
      report.refused += 1;
    } else {
      report.stoppedBy = outcome;
      break;
    }
  }
  return report;
}

/** One sync at a time across this device's tabs (Web Locks); the server's dedupe is the backstop. */
export function syncQueue(userId: string): Promise<SyncReport> {
  if (typeof navigator !== "undefined" && navigator.locks) return navigator.locks.request("halte-field-sync", () => syncOnce(userId)) as unknown as Promise<SyncReport>;
  return syncOnce(userId);
}
