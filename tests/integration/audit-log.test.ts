import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { auditCsv, auditLog } from "@/lib/audit/queries";
import { createParticipantAction } from "@/lib/participants/actions";
import { participantProfile } from "@/lib/participants/profile";
import { signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";

describe("the audit log viewer", () => {
  let coordinator: SessionUser;
  let staff: SessionUser;
  let code: string;
  let participantId: string;

  beforeAll(async () => {
    coordinator = await signedIn(prisma, "COORDINATOR");
    staff = await signedIn(prisma, "STAFF");
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake("Suivie"));
    const other = await runAs(prisma, createParticipantAction, staff, quickIntake("Autre"));
    if (!created.ok || !other.ok) throw new Error("setup");
    participantId = created.data.participantId;
    code = (await prisma.participant.findUniqueOrThrow({ where: { id: participantId } })).code;
    await participantProfile(staff, participantId, "2026-11-26");
    await participantProfile(staff, other.data.participantId, "2026-11-26");
  });

  it("finds every row about one person from their code, and only theirs", async () => {
    const { rows } = await auditLog(coordinator, { person: code.toLowerCase() });
    expect(rows.length).toBeGreaterThanOrEqual(2); // created, then read
    expect(rows.every((row) => row.entityId === participantId)).toBe(true);
    expect(rows.some((row) => row.action === "participant.read" && row.actor?.includes(staff.username))).toBe(true);
    expect((await auditLog(coordinator, { person: "ZZZZZZ" })).rows).toEqual([]);
  });

  it("filters by staff member, action and outcome", async () => {
    const { rows } = await auditLog(coordinator, { actorId: staff.userId, action: "participants.create" });
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.outcome === "SUCCESS")).toBe(true);
  });

  it("exports what it shows as CSV, and the export is itself a row", async () => {
    const csv = await auditCsv(coordinator, { person: code });
    expect(csv.split("\r\n")[0]).toBe("\uFEFFid,at,actor,role,action,entity,entityId,outcome,detail");
    expect(csv).toContain(participantId);
    expect(await prisma.auditEvent.count({ where: { action: "audit.export", actorId: coordinator.userId } })).toBe(1);
  });

  it("is the coordinator's alone", async () => {
    await expect(auditLog(staff, {})).rejects.toThrow(/access denied/);
    await expect(auditCsv(staff, {})).rejects.toThrow(/access denied/);
  });
});
