// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// What every server action returns to its form. Types only: safe for client components.
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string> };

/** An action's data with the screen's next state beside it (an action without data: the answer alone). */
export type Answered<R, A> = (R extends object ? R : unknown) & { answer: A };
