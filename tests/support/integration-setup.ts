import { afterAll, beforeAll, inject } from "vitest";

// Before any lib/ module reads the environment: lib/env.ts validates these lazily.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-at-least-32-characters";

const { prisma } = await import("@/lib/db");
const { resetDatabase } = await import("./reset-database.ts");

beforeAll(async () => {
  await resetDatabase(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});
