// lib/db-statement.ts runs the busiest statement (a distribution at a visit) as a named prepared
// statement, and unnamed on the embedded PGlite: there one session lives behind every connection,
// so a name prepared through a connection that has since closed (a pool drops idle connections
// after 10 s) still exists, and preparing it again through a new connection fails. `npm start`
// runs on that database, so a distribution after a quiet minute would have failed.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, poolOf } from "@/lib/db-client";
import { connectionStringFor } from "@/lib/database-url";
import { queryNamed } from "@/lib/db-statement";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/db/embedded-postgres";

describe("named statements on the embedded PGlite", () => {
  let embedded: EmbeddedPostgres;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await embedded.stop();
  });

  it("the premise: a name prepared through a closed connection clashes through the next one", async () => {
    const first = new pg.Pool({ connectionString: connectionStringFor(embedded.url), max: 1 });
    await first.query({ name: "premise", text: "SELECT $1::int AS n", values: [1] });
    await first.end();
    const second = new pg.Pool({ connectionString: connectionStringFor(embedded.url), max: 1 });
    await expect(second.query({ name: "premise", text: "SELECT $1::int AS n", values: [2] })).rejects.toThrow(/already exists/);
    await second.end();
  });

  it("queryNamed keeps working across connections there", async () => {
    for (const n of [1, 2, 3]) {
      const client = createPrismaClient(embedded.url);
      expect(poolOf(client).embedded).toBe(true);
      expect(await queryNamed<{ n: number }>(client, "probe", Prisma.sql`SELECT ${n}::int AS n`)).toEqual([{ n }]);
      // Prisma never connected here (only its pool was used): end the pool itself, as an idle
      // timeout would, so that the next client's connection is a new one.
      await poolOf(client).pool.end();
    }
  });
});
