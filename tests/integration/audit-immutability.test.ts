// The audit log cannot be rewritten by the application (docs/decisions/0008-append-only-audit-log.md): through the app's own
// database client (lib/db-client.ts, what lib/db.ts uses) on a freshly migrated database, as
// production has it, UPDATE, DELETE and TRUNCATE of "AuditEvent" are refused by the database,
// whether asked through Prisma's API or raw SQL, directly or through a CASCADE, and the rows
// stay as they were. (The shared integration database disables the TRUNCATE trigger so that
// test files can start from empty tables: tests/support/integration-global-setup.ts.)
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db-client.ts";
import { applyMigrations } from "../../scripts/db/apply-migrations.ts";
import { scratchDatabaseKinds, withScratchDatabase } from "../support/scratch-database.ts";

for (const kind of scratchDatabaseKinds()) {
  describe(`the audit log on ${kind}, through the app's connection`, () => {
    it("refuses UPDATE, DELETE and TRUNCATE, by Prisma or raw SQL, and keeps every row", async () => {
      await withScratchDatabase(async (url) => {
        await applyMigrations(url);
        const prisma = createPrismaClient(url, { max: 1 });
        try {
          const user = await prisma.user.create({ data: { username: "coordo", displayName: "Coordo", role: "COORDINATOR", passwordHash: "x" } });
          const first = await prisma.auditEvent.create({ data: { action: "auth.sign-in", outcome: "SUCCESS", actorId: user.id, actorRole: "COORDINATOR" } });
          await prisma.auditEvent.create({ data: { action: "participants.profile-read", outcome: "SUCCESS", actorId: user.id, actorRole: "COORDINATOR", entity: "Participant", entityId: "p1" } });
          const before = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
          expect(before).toHaveLength(2);

          const refusals: [string, () => Promise<unknown>][] = [
            ["UPDATE", () => prisma.auditEvent.update({ where: { id: first.id }, data: { outcome: "DENIED" } })],
            ["UPDATE", () => prisma.auditEvent.updateMany({ data: { detail: "rewritten" } })],
            ["DELETE", () => prisma.auditEvent.delete({ where: { id: first.id } })],
            ["DELETE", () => prisma.auditEvent.deleteMany({})],
            ["UPDATE", () => prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorId" = NULL`)],
            ["DELETE", () => prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "action" = 'auth.sign-in'`)],
            ["TRUNCATE", () => prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)],
            ["TRUNCATE", () => prisma.$executeRawUnsafe(`TRUNCATE "User" CASCADE`)],
            // Removing the person the rows name would rewrite them (ON UPDATE CASCADE) or orphan them.
            ["foreign key", () => prisma.user.delete({ where: { id: user.id } })],
          ];
          for (const [operation, attempt] of refusals) {
            const error = await attempt().then(
              () => null,
              (reason: unknown) => reason,
            );
            expect(error, `${operation} went through: ${attempt.toString()}`).not.toBeNull();
            const message = String((error as Error).message);
            if (operation === "foreign key") expect(message).toMatch(/foreign key|AuditEvent/i);
            else expect(message).toContain(`AuditEvent is append-only: ${operation} refused`);
          }
          // An id change of the person cascades to the audit rows as an UPDATE: refused too.
          await expect(prisma.$executeRawUnsafe(`UPDATE "User" SET "id" = gen_random_uuid()`)).rejects.toThrow("AuditEvent is append-only: UPDATE refused");

          expect(await prisma.auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
          expect(await prisma.user.count()).toBe(1);
          // Appending is what the log is for.
          await prisma.auditEvent.create({ data: { action: "auth.sign-out", outcome: "SUCCESS", actorId: user.id } });
          expect(await prisma.auditEvent.count()).toBe(3);
        } finally {
          await prisma.$disconnect();
        }
      }, kind);
    });
  });
}
