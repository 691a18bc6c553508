import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import type { z } from "zod";
import { openStaffSession, resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";
import { LOCKOUT_MS } from "@/lib/auth/sign-in-throttle";
import { latestHealthAccessChanges } from "@/lib/users/health-access-log";
import { testNow } from "@/tests/support/test-clock";
import { attemptSignIn } from "@/lib/auth/sign-in";
import {
  changeOwnPasswordAction,
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  setDisabledAction,
  setOwnLanguageAction,
} from "@/lib/users/actions";
import { freshCentre, signedIn } from "@/tests/support/sessions";
import { translatorFor } from "@/tests/support/translator";

function run<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, session: SessionUser, input: unknown) {
  return executeAction(definition, { db: prisma, session, locale: "en", t: translatorFor("en") }, input);
}

describe("staff accounts, managed by the coordinator", () => {
  let coordinator: SessionUser, staff: SessionUser;

  beforeEach(async () => {
    ({ coordinator, staff } = await freshCentre(prisma, { coordinator: "COORDINATOR", staff: "STAFF" }));
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

describe("a coordinator's password reset is a one-time password", () => {
  let coordinator: SessionUser, staff: SessionUser;

  beforeEach(async () => {
    ({ coordinator, staff } = await freshCentre(prisma, { coordinator: "COORDINATOR", staff: "STAFF" }));
  });

  it("lets the person do nothing but choose their own password, then everything again", async () => {
    expect((await run(resetPasswordAction, coordinator, { userId: staff.userId, password: "one time passphrase" })).ok).toBe(true);
    const signedInAgain = await attemptSignIn({ username: "staff", password: "one time passphrase" });
    const session = await resolveStaffSession(await openStaffSession(signedInAgain.id));
    if (!session) throw new Error("no session");
    expect(session.mustChangePassword).toBe(true);

    // Any other action, even one the role allows, is refused and audited.
    const refused = await run(setOwnLanguageAction, session, { locale: "en" });
    expect(refused).toMatchObject({ ok: false, error: "Your password was reset by the coordinator: choose your own password first. Nothing else was done." });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: staff.userId } })).toMatchObject({ locale: "fr", mustChangePassword: true });
    expect(await prisma.auditEvent.findFirst({ where: { action: "users.set-language" }, orderBy: { id: "desc" } })).toMatchObject({ outcome: "DENIED", detail: "must-change-password" });

    // Keeping the coordinator's password is not choosing one's own.
    const same = await run(changeOwnPasswordAction, session, { currentPassword: "one time passphrase", newPassword: "one time passphrase" });
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: "The new password must differ from the current one." } });

    const chosen = await run(changeOwnPasswordAction, session, { currentPassword: "one time passphrase", newPassword: "only I know this one" });
    expect(chosen.ok).toBe(true);
    const after = await resolveStaffSession(session.sessionId);
    expect(after?.mustChangePassword).toBe(false);
    if (!after) throw new Error("the session making the change must stay open");
    expect((await run(setOwnLanguageAction, after, { locale: "en" })).ok).toBe(true);
    await expect(attemptSignIn({ username: "staff", password: "one time passphrase" })).rejects.toThrow("invalid");
  });

  it("changing one's own password ends the person's other sessions and keeps this one", async () => {
    const otherComputer = await openStaffSession(staff.userId);
    const colleague = coordinator.sessionId;
    const changed = await run(changeOwnPasswordAction, staff, { currentPassword: "a long enough password", newPassword: "a fresh passphrase" });
    expect(changed.ok).toBe(true);
    expect(await resolveStaffSession(otherComputer)).toBeNull();
    expect(await resolveStaffSession(staff.sessionId)).not.toBeNull();
    expect(await resolveStaffSession(colleague)).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "users.change-own-password", outcome: "SUCCESS", actorId: staff.userId } })).toBe(1);
  });

  it("counts wrong current passwords like failed sign-ins: a stolen session cannot keep guessing", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await run(changeOwnPasswordAction, staff, { currentPassword: `guess ${attempt}`, newPassword: "the thief's passphrase" });
      expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "The current password is wrong." } });
    }
    const locked = await run(changeOwnPasswordAction, staff, { currentPassword: "a long enough password", newPassword: "the thief's passphrase" });
    expect(locked).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Too many wrong passwords. Try again in 15 minutes or ask the coordinator." } });
    // The same counter as sign-in: the username is locked there too, and nothing changed.
    await expect(attemptSignIn({ username: "staff", password: "a long enough password" })).rejects.toThrow("locked");
    await expect(attemptSignIn({ username: "staff", password: "a long enough password" }, { now: new Date(testNow().getTime() + LOCKOUT_MS + 1000) })).resolves.toBeTruthy();
  });
});

describe("the health team sees every change that opens their records", () => {
  let coordinator: SessionUser, health: SessionUser;

  beforeEach(async () => {
    ({ coordinator, health } = await freshCentre(prisma, { coordinator: "COORDINATOR", health: ["HEALTH", "nurse"] }));
  });

  const kinds = async () => (await latestHealthAccessChanges(health)).map((change) => [change.kind, change.account?.username, change.by?.displayName]);

  it("lists a health account created, with who did it", async () => {
    await run(createUserAction, coordinator, { username: "dentist", displayName: "Dentist", role: "HEALTH", password: "a passphrase for teeth" });
    await run(createUserAction, coordinator, { username: "desk", displayName: "Desk", role: "STAFF", password: "a passphrase for desk" });
    expect(await kinds()).toEqual([["created", "dentist", coordinator.displayName]]);
  });

  it("lists a role changed to HEALTH, not a role changed to anything else", async () => {
    const staff = await signedIn(prisma, "STAFF");
    await run(changeRoleAction, coordinator, { userId: staff.userId, role: "PEER" });
    expect(await kinds()).toEqual([]);
    await run(changeRoleAction, coordinator, { userId: staff.userId, role: "HEALTH" });
    expect(await kinds()).toEqual([["role-changed", "staff", coordinator.displayName]]);
  });

  it("lists a health account re-enabled (not its disabling)", async () => {
    await run(setDisabledAction, coordinator, { userId: health.userId, disabled: true });
    expect(await kinds()).toEqual([]);
    await run(setDisabledAction, coordinator, { userId: health.userId, disabled: false });
    expect(await kinds()).toEqual([["re-enabled", "nurse", coordinator.displayName]]);
  });

  it("lists a health worker's password reset by the coordinator, the one that would let them sign in as her", async () => {
    const colleague = await signedIn(prisma, "HEALTH", "doctor");
    const result = await run(resetPasswordAction, coordinator, { userId: colleague.userId, password: "coordinator knows this" });
    expect(result.ok).toBe(true);
    const [change] = await latestHealthAccessChanges(health);
    expect(change).toMatchObject({ kind: "password-reset", account: { username: "doctor" }, by: { displayName: coordinator.displayName, role: "COORDINATOR" } });
    // A STAFF password reset is not health access.
    const staff = await signedIn(prisma, "STAFF");
    await run(resetPasswordAction, coordinator, { userId: staff.userId, password: "a new staff passphrase" });
    expect(await kinds()).toEqual([["password-reset", "doctor", coordinator.displayName]]);
  });

  it("keeps the list to the latest 20, newest first, and to the health team alone", async () => {
    for (let index = 0; index < 22; index++) {
      await run(createUserAction, coordinator, { username: `clinician-${index}`, displayName: `Clinician ${index}`, role: "HEALTH", password: "a clinician passphrase" });
    }
    const changes = await latestHealthAccessChanges(health);
    expect(changes).toHaveLength(20);
    expect(changes[0]?.account?.username).toBe("clinician-21");
    await expect(latestHealthAccessChanges(coordinator)).rejects.toThrow("access denied");
  });
});
