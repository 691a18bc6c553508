import "server-only";
// Browsers send Origin on every POST. A server action or form post from another site, or
// from an opaque origin ("null": sandboxed frames, data: URLs), is refused before it runs.
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
