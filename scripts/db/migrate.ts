// `npm run db:migrate`: applies pending migrations to DATABASE_URL (see apply-migrations.ts).
// `npm run db:migrate -- --rolled-back <name>`: marks a failed migration as rolled back
// (Prisma's `migrate resolve --rolled-back`), so that the next run applies it again.
import { markMigrationRolledBack } from "./apply-migrations.ts";
import { prepareDatabase } from "./prepare-database.ts";

async function main(args: string[]): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set: set it to the PostgreSQL database to migrate (npm start migrates the embedded one).");
    return 1;
  }

  if (args[0] === "--rolled-back") {
    const name = args[1];
    if (!name || args.length > 2) {
      console.error("Usage: npm run db:migrate -- --rolled-back <migration_name>");
      return 1;
    }
    await markMigrationRolledBack(databaseUrl, name);
    console.log(`Marked ${name} as rolled back; run npm run db:migrate to apply it again.`);
    return 0;
  }
  if (args.length > 0) {
    console.error("Usage: npm run db:migrate [-- --rolled-back <migration_name>]");
    return 1;
  }

  const { applied } = await prepareDatabase(databaseUrl, { log: (line) => console.log(line) });
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s).`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
