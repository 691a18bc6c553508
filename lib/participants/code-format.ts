// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Client-safe: formatting only (code.ts pulls in node:crypto for generation).
/** "K7M4QX" → "K7M 4QX": two short groups are easier to remember and to say. */
export function formatCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
