// What every server action returns to its form. Types only: safe for client components.
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string> };
