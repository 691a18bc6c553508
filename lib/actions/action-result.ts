// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// What every server action returns to its form. Types only: safe for client components.
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string>; reason: FailureReason };

/**
 * Why an action (or a route) said no, for code that must tell refusals apart (a status code, a
 * retry); the person reads `error`, in their language. Set by the shared wrapper only
 * (lib/actions/execute-action.ts, define-action.ts, define-route.ts), never by a command.
 *   unauthenticated        no session (signed out, or it ended)
 *   forbidden              the role lacks the permission, or the request came from another site
 *   must-change-password   a reset password must be replaced first
 *   invalid                the input failed its schema (or held text no keyboard types)
 *   refused                a rule of the command said no (a DomainError: the message says which)
 *   database-unavailable   the database is away; nothing was saved
 *   unexpected             a bug: the message and the server log carry the same reference
 */
export type FailureReason = "unauthenticated" | "forbidden" | "must-change-password" | "invalid" | "refused" | "database-unavailable" | "unexpected";

/** An action's data with the screen's next state beside it (an action without data: the answer alone). */
export type Answered<R, A> = (R extends object ? R : unknown) & { answer: A };
