// Reads the embedded database beside the running app, to check that rows the app wrote before
// a Ctrl-C are still there after the restart. One short connection: the socket server
// accepts two in all and the app keeps one.
import pg from "pg";

export type AuditMark = { count: number; maxId: string };

export async function auditMark(databasePort: number, upToId?: string): Promise<AuditMark> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${databasePort}/postgres?sslmode=disable` });
  client.on("error", () => {});
  await client.connect();
  try {
    const result = await client.query<{ count: string; max: string | null }>(
      upToId === undefined
        ? `SELECT count(*)::text AS count, max(id)::text AS max FROM "AuditEvent"`
        : `SELECT count(*)::text AS count, max(id)::text AS max FROM "AuditEvent" WHERE id <= $1::bigint`,
      upToId === undefined ? [] : [upToId],
    );
    const row = result.rows[0];
    return { count: Number(row?.count ?? 0), maxId: row?.max ?? "0" };
  } finally {
    await client.end().catch(() => {});
  }
}
