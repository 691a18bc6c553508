import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { attemptSignIn, SignInError, type SignInContext } from "@/lib/auth/sign-in";
import { verifyPassword } from "@/lib/auth/password";
import { LOCKOUT_MS, MAX_CLIENT_FAILURES } from "@/lib/auth/sign-in-throttle";
import { testNow } from "@/tests/support/test-clock";
import { createStaffUser } from "@/prisma/seed/factories";
import { resetDatabase } from "@/tests/support/reset-database";

const PASSWORD = "correct horse battery";

async function signInCode(input: unknown, context: SignInContext = {}): Promise<string> {
  try {
    await attemptSignIn(input, context);
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
    await resetDatabase(prisma);
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
    const now = testNow();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signInCode({ username: "karim", password: `wrong ${attempt}` }, { now })).toBe("invalid");
    }
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now })).toBe("locked");
    const lock = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: "user:karim" } });
    expect(lock.lockedUntil?.getTime()).toBe(now.getTime() + LOCKOUT_MS);
    expect((await auditRows()).at(-1)).toMatchObject({ outcome: "DENIED", detail: "locked" });

    // 15 minutes later the right password works again and clears the counter.
    const later = new Date(now.getTime() + LOCKOUT_MS + 1000);
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now: later })).toBe("ok");
    expect(await prisma.signInThrottle.count()).toBe(0);
  });

  it("counts concurrent failures from several requests atomically", async () => {
    const now = testNow();
    const codes = await Promise.all(
      Array.from({ length: 5 }, (_, index) => signInCode({ username: "karim", password: `wrong ${index}` }, { now })),
    );
    expect(codes).toEqual(Array(5).fill("invalid"));
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now })).toBe("locked");
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

/** The real argon2 check, counted: what an attacker's burst actually gets verified. */
function countingVerifier() {
  const counter = { calls: 0 };
  const verify = async (hash: string, password: string) => {
    counter.calls += 1;
    return verifyPassword(hash, password);
  };
  return { counter, verify };
}

describe("sign-in bursts and the per-client limit", () => {
  const now = new Date("2026-11-26T23:00:00Z");

  beforeEach(async () => {
    await resetDatabase(prisma);
    await createStaffUser(prisma, { username: "karim", role: "STAFF", password: PASSWORD });
  });

  it("50 parallel wrong passwords for one username from 50 clients: at most 5 verifications", async () => {
    const { counter, verify } = countingVerifier();
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        signInCode({ username: "karim", password: `guess ${index}` }, { now, verify, clientAddress: `198.51.100.${index + 1}` }),
      ),
    );
    console.info(`[sign-in burst] ${counter.calls} of 50 parallel wrong passwords were verified`);
    expect(counter.calls).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === "invalid")).toHaveLength(counter.calls);
    expect(codes.filter((code) => code === "locked")).toHaveLength(50 - counter.calls);
    // Even the right password is not looked at now.
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now, verify })).toBe("locked");
    expect(counter.calls).toBeLessThanOrEqual(5);
  });

  it("50 parallel wrong passwords from one client: at most 5 verifications, and the client keeps its room", async () => {
    const { counter, verify } = countingVerifier();
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        signInCode({ username: "karim", password: `guess ${index}` }, { now, verify, clientAddress: "203.0.113.7" }),
      ),
    );
    expect(counter.calls).toBeLessThanOrEqual(5);
    // Only the verified failures count against the client: attempts refused by the lock are given back.
    const client = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: "client:203.0.113.7" } });
    expect(client.failures).toBe(counter.calls);
    expect(client.lockedUntil).toBeNull();
  });

  it("a client that used up its failures is refused, without locking the accounts it tries", async () => {
    const attacker = "203.0.113.66";
    // 20 failures spread over usernames, 4 each: no account reaches its own limit.
    for (let index = 0; index < MAX_CLIENT_FAILURES; index++) {
      expect(await signInCode({ username: `probe-${index % 5}`, password: "guess" }, { now, clientAddress: attacker })).toBe("invalid");
    }
    const { counter, verify } = countingVerifier();
    // From now on nothing this client sends is verified, nor counted against karim.
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await signInCode({ username: "karim", password: `guess ${attempt}` }, { now, verify, clientAddress: attacker })).toBe("throttled");
    }
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now, verify, clientAddress: attacker })).toBe("throttled");
    expect(counter.calls).toBe(0);
    expect(await prisma.signInThrottle.findUnique({ where: { key: "user:karim" } })).toBeNull();
    expect((await auditRows()).at(-1)).toMatchObject({ outcome: "DENIED", detail: "client-limit" });

    // Karim, at the centre, signs in as usual; the blocked client is free again 15 minutes later.
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now, clientAddress: "192.0.2.10" })).toBe("ok");
    const later = new Date(now.getTime() + LOCKOUT_MS + 1000);
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now: later, clientAddress: attacker })).toBe("ok");
  });

  it("a locked username is refused from every client, and does not use up their room", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signInCode({ username: "karim", password: `wrong ${attempt}` }, { now, clientAddress: "203.0.113.5" });
    }
    const { counter, verify } = countingVerifier();
    for (const client of ["192.0.2.1", "192.0.2.2", "2001:db8:1:2::9"]) {
      expect(await signInCode({ username: "karim", password: PASSWORD }, { now, verify, clientAddress: client })).toBe("locked");
    }
    expect(counter.calls).toBe(0);
    // A colleague retrying her locked account from the centre's address costs the centre nothing.
    expect(await prisma.signInThrottle.findUnique({ where: { key: "client:192.0.2.1" } })).toMatchObject({ failures: 0 });
  });

  it("successful sign-ins never count against the client: a whole team behind one address signs in", async () => {
    for (let index = 0; index < MAX_CLIENT_FAILURES + 10; index++) {
      expect(await signInCode({ username: "karim", password: PASSWORD }, { now, clientAddress: "192.0.2.50" })).toBe("ok");
    }
    // Typos among them still leave room for the rest of the evening.
    for (let index = 0; index < MAX_CLIENT_FAILURES - 1; index++) {
      await signInCode({ username: `typo-${index % 4}`, password: "guess" }, { now, clientAddress: "192.0.2.50" });
    }
    expect(await signInCode({ username: "karim", password: PASSWORD }, { now, clientAddress: "192.0.2.50" })).toBe("ok");
  });
});
