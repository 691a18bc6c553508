// The backup key shown once to a real centre's coordinator: read from the file
// npm start created, shown to nobody else and never for the demo, gone once they say it is stored.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { pendingBackupKey, KEY_ACKNOWLEDGED_SETTING } from "@/lib/backup/backup-key-notice";
import { acknowledgeBackupKeyAction } from "@/lib/backup/actions";
import { setCentreMode } from "@/lib/setup/centre-mode";
import { signedIn } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";

const KEY = "k".repeat(20) + "-_" + "A1".repeat(10) + "z"; // 43 characters of base64url

describe("the backup key notice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "halte-key-notice-"));
  const before = process.env.HALTE_BACKUP_KEY_FILE;

  beforeAll(() => {
    const file = path.join(dir, "halte-backup.key");
    writeFileSync(file, `${KEY}\n`, { mode: 0o600 });
    process.env.HALTE_BACKUP_KEY_FILE = file;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.HALTE_BACKUP_KEY_FILE;
    else process.env.HALTE_BACKUP_KEY_FILE = before;
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the key to the coordinator of a real centre only, until they say it is stored", async () => {
    await prisma.setting.deleteMany({ where: { key: KEY_ACKNOWLEDGED_SETTING } });
    const coordinator = await signedIn(prisma, "COORDINATOR", "coordo-key");
    const staff = await signedIn(prisma, "STAFF", "accueil-key");

    await setCentreMode(prisma, "demo");
    expect(await pendingBackupKey(coordinator)).toBeNull();

    await setCentreMode(prisma, "real");
    expect(await pendingBackupKey(coordinator)).toEqual({ key: KEY, file: process.env.HALTE_BACKUP_KEY_FILE });
    expect(await pendingBackupKey(staff)).toBeNull();

    // Without the box ticked: refused in the user's language, the key still shown.
    const unticked = await runAs(prisma, acknowledgeBackupKeyAction, coordinator, { stored: false });
    expect(unticked).toMatchObject({ ok: false, fieldErrors: { stored: "Tick the box once the key is stored somewhere safe." } });
    expect(await pendingBackupKey(coordinator)).not.toBeNull();
    // Staff cannot make it disappear for the coordinator.
    expect((await runAs(prisma, acknowledgeBackupKeyAction, staff, { stored: true })).ok).toBe(false);
    expect(await pendingBackupKey(coordinator)).not.toBeNull();

    const stored = await runAs(prisma, acknowledgeBackupKeyAction, coordinator, { stored: true });
    expect(stored.ok).toBe(true);
    expect(await pendingBackupKey(coordinator)).toBeNull();
    const audit = await prisma.auditEvent.findMany({ where: { action: "backups.key-acknowledged" }, select: { actorId: true, outcome: true } });
    expect(audit).toEqual(expect.arrayContaining([{ actorId: coordinator.userId, outcome: "SUCCESS" }]));
    const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "AuditEvent" t WHERE t::text LIKE ${`%${KEY}%`}`;
    expect(row?.n).toBe(0);
  });

  it("shows nothing when the file holds no key or is missing", async () => {
    await prisma.setting.deleteMany({ where: { key: KEY_ACKNOWLEDGED_SETTING } });
    await setCentreMode(prisma, "real");
    const coordinator = await signedIn(prisma, "COORDINATOR", "coordo-key-2");
    writeFileSync(process.env.HALTE_BACKUP_KEY_FILE!, "not a key\n");
    expect(await pendingBackupKey(coordinator)).toBeNull();
    rmSync(process.env.HALTE_BACKUP_KEY_FILE!);
    expect(await pendingBackupKey(coordinator)).toBeNull();
  });
});
