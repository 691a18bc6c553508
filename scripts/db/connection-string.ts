// Same rule as lib/db-client.ts `connectionStringFor`, without importing the generated
// Prisma client that module pulls in: the migration runner must work before `prisma generate`.

/** Removes our own `halte_embedded` marker, which node-postgres would otherwise pass to the server. */
export function connectionStringFor(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.searchParams.delete("halte_embedded");
    return url.toString();
  } catch {
    return databaseUrl;
  }
}
