// What every server action returns to its form. Types only: safe for client components.
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string>; unavailable?: true };
// `unavailable`: the database did not answer and nothing was written: the same submission may be
// sent again as it is (the desk's retry, components/forms/send-until-answered.ts).

/** An action's data with the screen's next state beside it (an action without data: the answer alone). */
export type Answered<R, A> = (R extends object ? R : unknown) & { answer: A };
