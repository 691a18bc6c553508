// `npm run db:migration -- <name>`: writes the next migration from the difference between
// prisma/migrations and prisma/schema.prisma (Prisma's own engine, see schema-engine.ts).
// `npm run db:migration -- --check`: exits 1 and prints that difference when there is one.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_MIGRATIONS_DIR, LOCKFILE, LOCKFILE_CONTENT, MIGRATION_FILE, listMigrations } from "./migration-files.ts";
import { diffMigrationsToSchema, isEmptyMigration } from "./schema-engine.ts";

const USAGE = "Usage: npm run db:migration -- <name>   (lowercase letters, digits, underscores)\n" +
  "       npm run db:migration -- --check";

/** 20261126143005: UTC, so that names sort the same on every machine. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function check(): Promise<number> {
  const sql = await diffMigrationsToSchema();
  if (isEmptyMigration(sql)) {
    console.log("prisma/migrations matches prisma/schema.prisma.");
    return 0;
  }
  console.log(sql.trimEnd());
  console.error("prisma/schema.prisma differs from prisma/migrations: run `npm run db:migration -- <name>`.");
  return 1;
}

async function create(name: string): Promise<number> {
  // migration_name is VARCHAR(255) including the 15-character timestamp prefix.
  if (!/^[a-z0-9_]{1,200}$/.test(name)) {
    console.error(`Invalid migration name "${name}".\n${USAGE}`);
    return 1;
  }
  const sql = await diffMigrationsToSchema();
  if (isEmptyMigration(sql)) {
    console.log("prisma/schema.prisma and prisma/migrations agree: no migration created.");
    return 0;
  }

  const dirName = `${timestamp(new Date())}_${name}`;
  const latest = listMigrations().at(-1)?.name;
  if (latest !== undefined && latest >= dirName) {
    // Migrations apply in name order: a new one must sort after the last one.
    console.error(`The new migration ${dirName} would sort before ${latest}: check the clock, then retry.`);
    return 1;
  }
  const dir = path.join(DEFAULT_MIGRATIONS_DIR, dirName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, MIGRATION_FILE), sql);
  const lockfile = path.join(DEFAULT_MIGRATIONS_DIR, LOCKFILE);
  if (!existsSync(lockfile)) writeFileSync(lockfile, LOCKFILE_CONTENT);
  console.log(`Created prisma/migrations/${dirName}/${MIGRATION_FILE}`);
  return 0;
}

async function main(args: string[]): Promise<number> {
  if (args.length === 1 && args[0] === "--check") return await check();
  const [name, ...rest] = args;
  if (name === undefined || name.startsWith("-") || rest.length > 0) {
    console.error(USAGE);
    return 1;
  }
  return await create(name);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`Could not compute the migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
