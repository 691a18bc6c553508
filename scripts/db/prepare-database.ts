// Migrations, then the reference data every database needs (the default site and the item
// catalogue). Used by npm start, npm run db:migrate, db:seed and the test databases, so that
// no path leaves a database migrated but empty of what the app cannot work without.
import { applyMigrations } from "./apply-migrations.ts";

export async function prepareDatabase(databaseUrl: string, options: { log?: (line: string) => void } = {}) {
  const result = await applyMigrations(databaseUrl, options);
  // Imported late: the generated Prisma client may only exist once the caller generated it.
  const { createPrismaClient } = await import("../../lib/db-client.ts");
  const { ensureReferenceData } = await import("../../lib/catalogue/ensure-catalogue.ts");
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  try {
    await ensureReferenceData(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return result;
}
