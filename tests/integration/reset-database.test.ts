// The shared reset: every table emptied but the migration history, reference data put back, and
// a kept table kept with what it refers to.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createStaffUser } from "@/prisma/seed/factories";
import { resetDatabase } from "@/tests/support/reset-database";

const rows = async (table: string) =>
  Number((await prisma.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}"`))[0]!.count);

describe("resetDatabase", () => {
  it("empties every table, the audit log included, and puts the reference data back", async () => {
    await createStaffUser(prisma, { username: "reset-me", role: "STAFF", password: "a long enough password" });
    await prisma.auditEvent.create({ data: { action: "test.reset", entity: "User", outcome: "SUCCESS" } });
    const migrations = await rows("_prisma_migrations");

    await resetDatabase(prisma);

    expect(await rows("User")).toBe(0);
    expect(await rows("AuditEvent")).toBe(0);
    expect(await rows("_prisma_migrations")).toBe(migrations);
    expect(await prisma.site.count()).toBe(1);
    expect(await prisma.catalogueItem.count()).toBeGreaterThan(0);
  });

  it("keeps the tables asked for", async () => {
    await resetDatabase(prisma);
    await createStaffUser(prisma, { username: "kept", role: "STAFF", password: "a long enough password" });
    await prisma.auditEvent.create({ data: { action: "test.reset", entity: "User", outcome: "SUCCESS" } });

    await resetDatabase(prisma, { keep: ["User"] });

    expect(await prisma.user.findMany({ select: { username: true } })).toEqual([{ username: "kept" }]);
    expect(await rows("AuditEvent")).toBe(0);
  });
});
