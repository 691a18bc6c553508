// One way for an integration test to start from nothing: every table the app has, read from the
// database's own catalogue (so a table a migration adds is never forgotten), emptied; then the
// reference data every database holds (the site, the catalogue, the vaccines) put back, as
// prepare-database.ts leaves a fresh one. The shared test database lets TRUNCATE through on
// "AuditEvent" (tests/support/integration-global-setup.ts); a real one refuses it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureReferenceData } from "@/lib/catalogue/ensure-catalogue";

/** Prisma's migration history: the one table that is bookkeeping, not data. */
const MIGRATIONS_TABLE = "_prisma_migrations";

export type ResetOptions = {
  /**
   * Tables left as they are, e.g. ["User", "StaffSession"] for a file that signs in once. The
   * tables they refer to are kept too, since emptying those would empty these.
   */
  keep?: readonly string[];
};

type Table = { name: string };
type Reference = { from: string; to: string };

export async function resetDatabase(prisma: PrismaClient, options: ResetOptions = {}): Promise<void> {
  const tables = await prisma.$queryRawUnsafe<Table[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '${MIGRATIONS_TABLE}'`,
  );
  const kept = await keptTables(prisma, options.keep ?? []);
  const emptied = tables.map((table) => table.name).filter((name) => !kept.has(name));
  if (emptied.length > 0) {
    // CASCADE only when nothing is kept: with kept tables, a table they refer to is kept too, so
    // a plain TRUNCATE succeeds, and fails loudly rather than empty a kept table behind our back.
    const cascade = kept.size === 0 ? " CASCADE" : "";
    await prisma.$executeRawUnsafe(`TRUNCATE ${emptied.map(quoted).join(", ")} RESTART IDENTITY${cascade}`);
  }
  await ensureReferenceData(prisma);
}

/** The tables named, and every table they refer to by a foreign key, transitively. */
async function keptTables(prisma: PrismaClient, keep: readonly string[]): Promise<Set<string>> {
  const kept = new Set(keep);
  if (kept.size === 0) return kept;
  const references = await prisma.$queryRawUnsafe<Reference[]>(
    `SELECT source.relname AS "from", target.relname AS "to"
       FROM pg_constraint
       JOIN pg_class source ON source.oid = pg_constraint.conrelid
       JOIN pg_class target ON target.oid = pg_constraint.confrelid
       JOIN pg_namespace ON pg_namespace.oid = source.relnamespace
      WHERE pg_constraint.contype = 'f' AND pg_namespace.nspname = current_schema()`,
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, to } of references) {
      if (kept.has(from) && !kept.has(to)) {
        kept.add(to);
        grew = true;
      }
    }
  }
  return kept;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
