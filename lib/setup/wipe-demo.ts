import "server-only";
// The coordinator of a demo centre wipes it to set up the real one: every table is emptied
// (the demo's audit log too: it records only fictional people and public demo accounts), the
// reference data is put back, and a new set-up code is printed in the terminal, as at a first run.
// Refused on a real centre, whatever is typed: only the demo can be wiped from the app.
import type { PrismaClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { ensureReferenceData } from "@/lib/catalogue/ensure-catalogue";
import { recordAudit } from "@/lib/audit/record-audit";
import { centreModeOf } from "@/lib/setup/centre-mode";
import { issueSetupCode } from "@/lib/setup/setup-code";

export const WIPE_ACTION = "setup.wipe-demo";

export async function wipeDemo(db: PrismaClient, now: Date): Promise<{ code: string }> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('halte.setup'))`;
      if ((await centreModeOf(tx)) !== "demo") throw new DomainError("setup.errors.notDemo");
      const tables = await tx.$queryRaw<{ name: string }[]>`
        SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
      // The audit log refuses TRUNCATE (migration audit_no_truncate) except to its owner, for this
      // one statement; the trigger is back as it was (on, in every real database) before the commit.
      const [trigger] = await tx.$queryRaw<{ enabled: boolean }[]>`
        SELECT tgenabled <> 'D' AS enabled FROM pg_trigger WHERE tgname = 'AuditEvent_no_truncate'`;
      try {
        if (trigger?.enabled) await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_truncate"`);
        await tx.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.name.replace(/"/g, '""')}"`).join(", ")} RESTART IDENTITY CASCADE`);
        if (trigger?.enabled) await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_truncate"`);
      } catch (error) {
        // A PostgreSQL where Halte runs as a role that owns nothing (README, production notes).
        if (/must be owner|permission denied/i.test(error instanceof Error ? error.message : "")) throw new DomainError("setup.errors.wipeNeedsOwner");
        throw error;
      }
      // The seed takes a full client; inside the transaction, the transaction is that client.
      await ensureReferenceData(tx as never);
      const code = await issueSetupCode(tx, now);
      // The first row of the new log. No actor: the coordinator who wiped was a demo account, gone now.
      await recordAudit(tx, { action: WIPE_ACTION, actorRole: "COORDINATOR", outcome: "SUCCESS" });
      return { code };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
