// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Schema messages are either our keys ("validation.required") or zod's own message, which zod
// already wrote in the user's language. Shared by server actions and client-side forms. A domain
// may keep its own under its namespace ("clinic.errors.noService").
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const KEY = /^(?:[a-z]+\.)?(?:validation|errors)\.[A-Za-z0-9_.]+$/;

export function translateIssue(message: string, t: Translate): string {
  return KEY.test(message) ? t(message) : message;
}
