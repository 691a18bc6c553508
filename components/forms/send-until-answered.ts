// Client-safe, no React: the desk's sends that the server did not answer, kept in memory (never
// in localStorage or IndexedDB: they name people) and sent again, in order, exactly as they were
// first sent (the same input, so the same submission id: a copy that did arrive is answered with
// the first one's result, docs/decisions/0007-submission-ids.md).
import type { ActionResult } from "@/lib/actions/action-result";
import type { AnyAction, InputOf } from "@/lib/actions/action-types";

/** An action as the desk calls it: `label` names the line shown while the server has not answered. */
export type Labelled<A extends AnyAction> = (input: InputOf<A>, label?: string) => ReturnType<A>;

/** What the screen shows of a send still waiting (no `error`) or refused once it arrived. */
export type Waiting = { id: number; label: string; visitId?: string; error?: string };
type Entry = Waiting & { send: () => Promise<ActionResult<unknown>> };
export type Saved = Extract<ActionResult<unknown>, { ok: true }>;

/** Backoff: 1 s, 2 s, 4 s ... 15 s at most, and at once when the browser says it is back online. */
export function waitForNetwork(attempt: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, Math.min(15_000, 1_000 * 2 ** attempt));
    addEventListener("online", done);
  });
}

/** The answer, or null when none came: the request failed on the way, or the database was away. */
async function attempt<R>(send: () => Promise<ActionResult<R>>): Promise<ActionResult<R> | null> {
  try {
    const result = await send();
    return result.ok || result.reason !== "database-unavailable" ? result : null;
  } catch {
    return null;
  }
}

export function createRetryQueue(options: {
  /** Every change of what is waiting or refused. */
  onChange: (waiting: Waiting[]) => void;
  pause?: (attempt: number) => Promise<void>;
}) {
  const pause = options.pause ?? waitForNetwork;
  let entries: Entry[] = [];
  let next = 0;
  let draining = false;
  let saved: (result: Saved, entry: Waiting) => void = () => {};
  const changed = () => options.onChange(entries.map(({ id, label, visitId, error }) => ({ id, label, visitId, error })));
  const head = () => entries.find((entry) => entry.error === undefined);

  async function drain() {
    draining = true;
    for (let tries = 0, entry = head(); entry; entry = head()) {
      // Reached from a failed send: wait before the next try, and after every failed one.
      if (tries >= 0) await pause(tries);
      const result = await attempt(entry.send);
      if (!result) {
        tries++;
        continue;
      }
      tries = -1;
      const sent = entry;
      if (result.ok) {
        entries = entries.filter((other) => other !== sent);
        saved(result, sent);
      } else {
        entries = entries.map((other) => (other === sent ? { ...other, error: result.error } : other));
      }
      changed();
    }
    draining = false;
  }

  return {
    /**
     * Sends at once when nothing waits; otherwise, or when the send gets no answer, keeps it (after
     * those waiting, so the server gets them in the order pressed) and answers null.
     */
    async send<R>(send: () => Promise<ActionResult<R>>, label: string, visitId?: string): Promise<ActionResult<R> | null> {
      if (!head()) {
        const result = await attempt(send);
        if (result) return result;
      }
      entries = [...entries, { id: next++, label, visitId, send }];
      changed();
      if (!draining) void drain();
      return null;
    },
    /**
     * What to do when a waiting send is finally answered with a success (the screen's handler);
     * answers the unregistering, for an effect's cleanup.
     */
    onSaved(handler: typeof saved): () => void {
      saved = handler;
      return () => {
        if (saved === handler) saved = () => {};
      };
    },
    /** A refusal read and put aside. */
    dismiss(id: number) {
      entries = entries.filter((entry) => entry.id !== id);
      changed();
    },
  };
}
