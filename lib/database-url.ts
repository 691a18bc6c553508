import "server-only";
// Our one private mark on a database URL: `halte_embedded=1` says the server is the embedded
// PGlite, which serves one session, so every pool in front of it keeps a single connection.
// Kept free of the generated Prisma client: the migration runner works before `prisma generate`.
const EMBEDDED_MARK = "halte_embedded";

export function markEmbedded(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set(EMBEDDED_MARK, "1");
  return url.toString();
}

export function isEmbeddedUrl(databaseUrl: string): boolean {
  try {
    return new URL(databaseUrl).searchParams.get(EMBEDDED_MARK) === "1";
  } catch {
    return false;
  }
}

/** Removes the mark, which node-postgres would otherwise pass on to the server. */
export function connectionStringFor(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.searchParams.delete(EMBEDDED_MARK);
    return url.toString();
  } catch {
    return databaseUrl;
  }
}
