// Every acknowledged write survives a SIGKILL of the whole process group in
// the middle of a burst. The child runs the embedded database the way `npm start` does
// (tests/support/embedded-halte.ts); the writes are check-ins through the app's own actions
// (the path a server action takes), and a write counts as acknowledged once its action has
// answered ok. After the kill the database is started again on the same directory, recovers
// from its WAL, and must hold every acknowledged check-in and take new ones.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../../lib/db-client.ts";
import { openNightAction } from "../../lib/nights/actions.ts";
import { createParticipantAction } from "../../lib/participants/actions.ts";
import { claimPort } from "../../scripts/db/embedded-postgres.ts";
import { quickIntake, runAs } from "../support/front-desk.ts";
import { createStaffUser } from "../../prisma/seed/factories.ts";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { SessionUser } from "../../lib/auth/staff-sessions.ts";
import { testNow } from "../support/test-clock.ts";
import { killGroup, startEmbeddedHalte, stopHalte, type RunningHalte } from "../support/embedded-halte-process.ts";

const base = mkdtempSync(path.join(os.tmpdir(), "halte-durability-"));
const dataDir = path.join(base, "data");
const running: RunningHalte[] = [];

/** A staff session in the child's database (tests/support/sessions.ts opens them in the test database). */
async function staffIn(prisma: PrismaClient): Promise<SessionUser> {
  const user = await createStaffUser(prisma, { username: "durability", role: "STAFF", password: "a long enough password" });
  const session = await prisma.staffSession.create({ data: { userId: user.id, createdAt: testNow(), lastSeenAt: testNow() }, select: { id: true } });
  return { sessionId: session.id, userId: user.id, username: user.username, displayName: user.username, role: "STAFF", locale: "en", siteId: null, mustChangePassword: false };
}

afterAll(async () => {
  for (const halte of running) await stopHalte(halte).catch(() => {});
  rmSync(base, { recursive: true, force: true });
});

describe("a SIGKILL in the middle of a burst of check-ins", () => {
  it("loses no acknowledged check-in, and the database serves again after a restart", async () => {
    const env = { HALTE_DATA_DIR: dataDir, DATABASE_PORT: String(await claimPort(0)) };
    const first = await startEmbeddedHalte(env);
    running.push(first);
    const prisma = createPrismaClient(first.url);
    const staff = await staffIn(prisma);
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: testNow() });
    if (!opened.ok) throw new Error(opened.error);
    const nightId = opened.data.nightId;

    // Three lanes write as fast as the database takes them; the kill lands while they do.
    const acknowledged: string[] = [];
    let killed = false;
    const lane = async (lane: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const result = await runAs(prisma, createParticipantAction, staff, quickIntake(`Burst ${lane}-${i}`, { checkInNightId: nightId }), { now: testNow() });
          if (result.ok && !killed) acknowledged.push(result.data.participantId);
          else if (!result.ok && !killed) throw new Error(result.error);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const lanes = [0, 1, 2].map(lane);
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    // Synchronous with respect to the lanes: no acknowledgement is counted after this line.
    killed = true;
    const ackedAtKill = [...acknowledged];
    // The writes in flight fail, and the action wrapper logs each failure: expected here, and only those.
    const failures: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void failures.push(args.map(String).join(" ")));
    await killGroup(first);
    await Promise.allSettled(lanes);
    await prisma.$disconnect().catch(() => {});
    expect(first.child.signalCode).toBe("SIGKILL");
    vi.mocked(console.error).mockRestore();
    // One JSON line each (lib/logging/logger.ts), every one a failure because the database went away.
    for (const failure of failures) expect(JSON.parse(failure)).toMatchObject({ event: "action.failed", action: "participants.create", database: "down" });

    const second = await startEmbeddedHalte(env);
    running.push(second);
    const again = createPrismaClient(second.url);
    try {
      const visits = await again.visit.findMany({ where: { nightId, participantId: { in: ackedAtKill } }, select: { participantId: true } });
      expect(new Set(visits.map((visit) => visit.participantId))).toEqual(new Set(ackedAtKill));
      expect(await again.participant.count({ where: { id: { in: ackedAtKill } } })).toBe(ackedAtKill.length);
      // And it takes new check-ins.
      const after = await runAs(again, createParticipantAction, staff, quickIntake("After the kill", { checkInNightId: nightId }), { now: testNow() });
      expect(after.ok).toBe(true);
    } finally {
      await again.$disconnect();
    }
    await stopHalte(second);
    // Figures for the report: how many were acknowledged when the kill landed.
    expect(ackedAtKill.length).toBeGreaterThanOrEqual(40);
  }, 89_000);
});
