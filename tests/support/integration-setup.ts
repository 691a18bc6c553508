import { afterAll, beforeAll, inject } from "vitest";
import { truncateAll } from "./test-database.ts";

// Before any lib/ module reads the environment: lib/env.ts validates these lazily.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-at-least-32-characters";

const { prisma } = await import("@/lib/db");
const { ensureReferenceData } = await import("@/lib/catalogue/ensure-catalogue");

beforeAll(async () => {
  await truncateAll({ query: async (sql: string) => ({ rows: await prisma.$queryRawUnsafe(sql) }) });
  await ensureReferenceData(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});
