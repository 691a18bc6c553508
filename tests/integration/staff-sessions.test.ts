import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  endStaffSession,
  openStaffSession,
  resolveStaffSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "@/lib/auth/staff-sessions";
import { createStaffUser } from "@/prisma/seed/factories";
import { resetDatabase } from "@/tests/support/reset-database";

const start = new Date("2026-11-26T23:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const MINUTE = 60_000;

describe("server-side staff sessions", () => {
  let userId: string;
  let sessionId: string;

  beforeEach(async () => {
    await resetDatabase(prisma);
    userId = (await createStaffUser(prisma, { username: "ines", role: "HEALTH", password: "a long password" })).id;
    sessionId = await openStaffSession(userId, start);
  });

  it("resolves a fresh session to the user and role", async () => {
    expect(await resolveStaffSession(sessionId, at(MINUTE))).toMatchObject({ userId, role: "HEALTH", username: "ines" });
  });

  it("ends after 30 minutes without a request", async () => {
    expect(await resolveStaffSession(sessionId, at(SESSION_IDLE_MS + MINUTE))).toBeNull();
    // Ended for good: coming back within the limit afterwards does not revive it.
    expect(await resolveStaffSession(sessionId, at(SESSION_IDLE_MS + 2 * MINUTE))).toBeNull();
  });

  it("stays alive while requests keep coming, until 12 hours after sign-in", async () => {
    for (let elapsed = 20 * MINUTE; elapsed < SESSION_ABSOLUTE_MS; elapsed += 20 * MINUTE) {
      expect(await resolveStaffSession(sessionId, at(elapsed))).not.toBeNull();
    }
    expect(await resolveStaffSession(sessionId, at(SESSION_ABSOLUTE_MS + MINUTE))).toBeNull();
  });

  it("sees a role change and a disabled account on the very next request", async () => {
    await prisma.user.update({ where: { id: userId }, data: { role: "PEER" } });
    expect((await resolveStaffSession(sessionId, at(MINUTE)))?.role).toBe("PEER");
    await prisma.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await resolveStaffSession(sessionId, at(2 * MINUTE))).toBeNull();
  });

  it("is over once signed out, whatever the cookie still says", async () => {
    await endStaffSession(sessionId, at(MINUTE));
    expect(await resolveStaffSession(sessionId, at(2 * MINUTE))).toBeNull();
  });
});
