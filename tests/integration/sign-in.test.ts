import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { attemptSignIn, SignInError } from "@/lib/auth/sign-in";
import { LOCKOUT_MS } from "@/lib/auth/sign-in-throttle";
import { createStaffUser } from "@/prisma/seed/factories";

const PASSWORD = "correct horse battery";

async function signInCode(input: unknown, now?: Date): Promise<string> {
  try {
    await attemptSignIn(input, now);
    return "ok";
  } catch (error) {
    if (error instanceof SignInError) return error.code;
    throw error;
  }
}

async function auditRows(action = "auth.sign-in") {
  return prisma.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });
}

describe("staff sign-in", () => {
  let userId: string;

  beforeEach(async () => {
    await prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent", "SignInThrottle", "StaffSession", "User" CASCADE`);
    userId = (await createStaffUser(prisma, { username: "karim", role: "STAFF", password: PASSWORD })).id;
  });

  it("signs in with the right password and writes one success audit row", async () => {
    const user = await attemptSignIn({ username: "  Karim ", password: PASSWORD });
    expect(user).toEqual({ id: userId, role: "STAFF" });
    const rows = await auditRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "SUCCESS", actorId: userId, entityId: userId });
  });

  it("refuses a wrong password and an unknown username with the same code, each audited", async () => {
    expect(await signInCode({ username: "karim", password: "wrong password" })).toBe("invalid");
    expect(await signInCode({ username: "nobody", password: PASSWORD })).toBe("invalid");
    const rows = await auditRows();
    expect(rows.map((row) => [row.outcome, row.detail])).toEqual([
      ["FAILURE", "wrong-password"],
      ["FAILURE", "unknown-user"],
    ]);
  });

  it("locks a username after five failures: the sixth attempt is refused even with the right password", async () => {
    const now = new Date("2026-11-26T23:00:00Z");
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signInCode({ username: "karim", password: `wrong ${attempt}` }, now)).toBe("invalid");
    }
    expect(await signInCode({ username: "karim", password: PASSWORD }, now)).toBe("locked");
    const lock = await prisma.signInThrottle.findUniqueOrThrow({ where: { username: "karim" } });
    expect(lock.lockedUntil?.getTime()).toBe(now.getTime() + LOCKOUT_MS);
    expect((await auditRows()).at(-1)).toMatchObject({ outcome: "DENIED", detail: "locked" });

    // 15 minutes later the right password works again and clears the counter.
    const later = new Date(now.getTime() + LOCKOUT_MS + 1000);
    expect(await signInCode({ username: "karim", password: PASSWORD }, later)).toBe("ok");
    expect(await prisma.signInThrottle.count()).toBe(0);
  });

  it("counts concurrent failures from several requests atomically", async () => {
    const now = new Date("2026-11-26T23:00:00Z");
    const codes = await Promise.all(
      Array.from({ length: 5 }, (_, index) => signInCode({ username: "karim", password: `wrong ${index}` }, now)),
    );
    expect(codes).toEqual(Array(5).fill("invalid"));
    expect(await signInCode({ username: "karim", password: PASSWORD }, now)).toBe("locked");
  });

  it("refuses a disabled account with the ordinary message", async () => {
    await prisma.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await signInCode({ username: "karim", password: PASSWORD })).toBe("invalid");
    expect((await auditRows()).at(-1)).toMatchObject({ outcome: "FAILURE", detail: "disabled" });
  });

  it("refuses a 10,000-character username without storing any of it", async () => {
    const huge = "a".repeat(10_000);
    expect(await signInCode({ username: huge, password: PASSWORD })).toBe("invalid");
    expect(await signInCode({ username: 42, password: null })).toBe("invalid");
    // PostgreSQL refuses a NUL in text: it must be refused before any query, not end in an error.
    expect(await signInCode({ username: "coordo\u0000", password: PASSWORD })).toBe("invalid");
    const rows = await auditRows();
    expect(rows.map((row) => [row.outcome, row.detail, row.entityId])).toEqual([
      ["INVALID", "malformed", null],
      ["INVALID", "malformed", null],
      ["INVALID", "malformed", null],
    ]);
    expect(await prisma.signInThrottle.count()).toBe(0);
  });
});
