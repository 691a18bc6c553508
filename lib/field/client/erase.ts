// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Sign-out on a field device (DESIGN.md §4.8): the queue, the PIN's lock and the reference data
// go (the whole IndexedDB database), the key held in memory is dropped, and so do the cached
// field pages. Browser only.
import { closeFieldDb, FIELD_DB, forgetKey } from "@/lib/field/client/store";

/** Named in service-worker/sw.ts, which fills it. */
export const SHELL_CACHE = "halte-field-shells";

export async function eraseFieldData(): Promise<void> {
  forgetKey();
  await closeFieldDb();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(FIELD_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  if (typeof caches !== "undefined") await caches.delete(SHELL_CACHE);
}
