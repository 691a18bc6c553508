import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { z } from "zod";
import { resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";
import { attemptSignIn } from "@/lib/auth/sign-in";
import {
  changeOwnPasswordAction,
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  setDisabledAction,
  setOwnLanguageAction,
} from "@/lib/users/actions";
import { signedIn } from "@/tests/support/sessions";
import { translatorFor } from "@/tests/support/translator";

function run<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, session: SessionUser, input: unknown) {
  return executeAction(definition, { db: prisma, session, locale: "en", t: translatorFor("en") }, input);
}

describe("staff accounts, managed by the coordinator", () => {
  let coordinator: SessionUser;
  let staff: SessionUser;

  beforeEach(async () => {
    await prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent", "StaffSession", "SignInThrottle", "User" CASCADE`);
    coordinator = await signedIn(prisma, "COORDINATOR");
    staff = await signedIn(prisma, "STAFF");
  });

  it("creates an account that can sign in, and refuses a username already taken", async () => {
    const input = { username: "Nadia", displayName: "Nadia", role: "HEALTH", password: "a passphrase for nadia" };
    expect((await run(createUserAction, coordinator, input)).ok).toBe(true);
    await expect(attemptSignIn({ username: "nadia", password: "a passphrase for nadia" })).resolves.toMatchObject({ role: "HEALTH" });
    const again = await run(createUserAction, coordinator, { ...input, displayName: "Other" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { username: "This username is already taken." } });
    expect(await prisma.user.count({ where: { username: "nadia" } })).toBe(1);
  });

  it("never stores the password itself", async () => {
    await run(createUserAction, coordinator, { username: "sam", displayName: "Sam", role: "PEER", password: "plain text never stored" });
    const row = await prisma.user.findUniqueOrThrow({ where: { username: "sam" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("plain text");
  });

  it("changes a role, effective on the person's next request", async () => {
    expect((await run(changeRoleAction, coordinator, { userId: staff.userId, role: "PEER" })).ok).toBe(true);
    expect((await resolveStaffSession(staff.sessionId))?.role).toBe("PEER");
  });

  it("disabling an account ends its open sessions at once", async () => {
    expect((await run(setDisabledAction, coordinator, { userId: staff.userId, disabled: true })).ok).toBe(true);
    expect(await resolveStaffSession(staff.sessionId)).toBeNull();
    await expect(attemptSignIn({ username: "staff", password: "a long enough password" })).rejects.toThrow("invalid");
  });

  it("resetting a password ends the sessions opened with the old one", async () => {
    expect((await run(resetPasswordAction, coordinator, { userId: staff.userId, password: "brand new passphrase" })).ok).toBe(true);
    expect(await resolveStaffSession(staff.sessionId)).toBeNull();
    await expect(attemptSignIn({ username: "staff", password: "brand new passphrase" })).resolves.toBeTruthy();
  });

  it("keeps at least one active coordinator", async () => {
    const demote = await run(changeRoleAction, coordinator, { userId: coordinator.userId, role: "STAFF" });
    expect(demote).toMatchObject({ ok: false, error: "At least one active coordinator account must remain." });
    const disable = await run(setDisabledAction, coordinator, { userId: coordinator.userId, disabled: true });
    expect(disable.ok).toBe(false);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: coordinator.userId } })).toMatchObject({ role: "COORDINATOR", disabled: false });
  });

  it("refuses an id that is not an account, changing nothing", async () => {
    const missing = await run(changeRoleAction, coordinator, { userId: "00000000-0000-4000-8000-000000000000", role: "PEER" });
    expect(missing).toMatchObject({ ok: false, error: "What you are looking for does not exist or no longer exists." });
    const malformed = await run(setDisabledAction, coordinator, { userId: "'; DROP TABLE \"User\"; --", disabled: true });
    expect(malformed.ok).toBe(false);
    expect(await prisma.user.count({ where: { disabled: true } })).toBe(0);
  });

  it("staff may not manage accounts, but may change their own password and language", async () => {
    const refused = await run(setDisabledAction, staff, { userId: coordinator.userId, disabled: true });
    expect(refused).toMatchObject({ ok: false, error: "Your role does not allow this action or page. Nothing was changed." });
    const wrongCurrent = await run(changeOwnPasswordAction, staff, { currentPassword: "not it", newPassword: "my new passphrase" });
    expect(wrongCurrent).toMatchObject({ ok: false, fieldErrors: { currentPassword: "The current password is wrong." } });
    const changed = await run(changeOwnPasswordAction, staff, { currentPassword: "a long enough password", newPassword: "my new passphrase" });
    expect(changed.ok).toBe(true);
    await expect(attemptSignIn({ username: "staff", password: "my new passphrase" })).resolves.toBeTruthy();
    expect((await run(setOwnLanguageAction, staff, { locale: "en" })).ok).toBe(true);
    expect((await resolveStaffSession(staff.sessionId))?.locale).toBe("en");
  });
});
