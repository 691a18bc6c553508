// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Client forms translate zod issues with it too.
import type { Translate } from "@/lib/actions/translate-issues";

/**
 * A translator for keys that arrive as data, not as code: a DomainError's messageKey, a zod
 * issue's message, a stored problem code. The compiler cannot check those (AppConfig types only
 * literal keys); tests/unit/messages.test.ts checks that each key the code names exists in both
 * languages. Everything else calls `t` with a literal or a typed union.
 */
export function byKey(t: (key: never, values?: never) => string): Translate {
  // The one cast of a typed translator to a string-keyed one.
  return t as unknown as Translate;
}

/** `t.has` for such a key (the record's field names, translated when a label exists). */
export function hasKey(t: { has: (key: never) => boolean }, key: string): boolean {
  return (t.has as (key: string) => boolean)(key);
}
