import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. Only the CLI uses it;
// the app connects through lib/db.ts (adapter-pg) and migrations run through scripts/db/.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/halte" },
});
