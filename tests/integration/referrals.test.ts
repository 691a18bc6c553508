import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { savePartnerAction } from "@/lib/directory/actions";
import { searchDirectory } from "@/lib/directory/partners";
import { createReferralAction, updateReferralAction } from "@/lib/referrals/actions";
import { followUpDueAmong, followUpsDue, referralsOf } from "@/lib/referrals/queries";
import { createParticipantAction, mergeParticipantsAction } from "@/lib/participants/actions";
import { freshCentre } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { createReferral } from "@/prisma/seed/factories";

const partner = { name: "Maison d'hébergement du Quartier", domains: ["HOUSING"], languages: ["fr", "en"], phone: "514-555-0100", hours: "lun-ven 9 h-17 h", publicAddress: "", respectful: true, notes: "", active: true };

describe("referrals and the directory", () => {
  let staff: SessionUser, other: SessionUser, peer: SessionUser, health: SessionUser;
  let participantId: string;
  let partnerId: string;

  beforeEach(async () => {
    ({ staff, other, peer, health } = await freshCentre(prisma, { staff: "STAFF", other: ["STAFF", "other-staff"], peer: "PEER", health: "HEALTH" }));
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake("Suivi"));
    participantId = created.ok ? created.data.participantId : "";
    const saved = await runAs(prisma, savePartnerAction, staff, partner);
    partnerId = saved.ok ? saved.data.partnerId : "";
  });

  async function refer(by: SessionUser, extra: Record<string, unknown> = {}) {
    const result = await runAs(prisma, createReferralAction, by, { participantId, domain: "HOUSING", partnerId, referredOn: "2026-11-01", followUpOn: "2026-11-15", ...extra });
    if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
    return result.data.referralId;
  }
  const update = (by: SessionUser, referralId: string, status: string, extra: Record<string, unknown> = {}) =>
    runAs(prisma, updateReferralAction, by, { referralId, status, followUpOn: "2026-11-20", accompaniment: "NONE", ...extra });

  it("follows the workflow: suggested → referred → connected, and a final status stays final", async () => {
    const referralId = await refer(staff, { status: "SUGGESTED" });
    expect((await update(staff, referralId, "CONNECTED")).ok).toBe(false); // must be referred first
    expect((await update(staff, referralId, "REFERRED", { accompaniment: "DONE" })).ok).toBe(true);
    expect((await update(staff, referralId, "NOT_CONNECTED")).ok).toBe(true);
    expect((await update(staff, referralId, "REFERRED")).ok).toBe(true); // tried again
    expect((await update(staff, referralId, "CONNECTED")).ok).toBe(true);
    const back = await update(staff, referralId, "REFERRED");
    expect(back).toMatchObject({ ok: false, fieldErrors: { status: "This change of status is not possible for this referral." } });
    expect(await prisma.referral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ status: "CONNECTED", accompaniment: "NONE" });
  });

  it("keeps employment outcomes for employment or exit help only", async () => {
    const housing = await refer(staff);
    expect((await update(staff, housing, "REFERRED", { employmentOutcome: "EMPLOYED" })).ok).toBe(false);
    const work = await refer(staff, { domain: "EMPLOYMENT_OR_EXIT", partnerId: "" });
    expect((await update(staff, work, "CONNECTED", { employmentOutcome: "INTERVIEW_OBTAINED" })).ok).toBe(true);
  });

  it("refuses a follow-up before the referral, an unknown partner, and a peer or health worker", async () => {
    const early = await runAs(prisma, createReferralAction, staff, { participantId, domain: "HOUSING", referredOn: "2026-11-10", followUpOn: "2026-11-01" });
    expect(early).toMatchObject({ ok: false, fieldErrors: { followUpOn: "The follow-up cannot be before the referral date." } });
    const unknown = await runAs(prisma, createReferralAction, staff, { participantId, domain: "HOUSING", partnerId: "00000000-0000-4000-8000-000000000000", referredOn: "2026-11-10" });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { partnerId: expect.stringContaining("Unknown organisation") } });
    expect((await runAs(prisma, createReferralAction, peer, { participantId, domain: "HOUSING", referredOn: "2026-11-10" })).ok).toBe(false);
    expect((await runAs(prisma, createReferralAction, health, { participantId, domain: "HOUSING", referredOn: "2026-11-10" })).ok).toBe(false);
    expect(await prisma.referral.count()).toBe(0);
    await expect(referralsOf(peer, participantId)).rejects.toThrow(/access denied/);
  });

  it("lists follow-ups that are due, mine or everyone's, and flags them on tonight's list for staff only", async () => {
    const mine = await refer(staff, { followUpOn: "2026-11-15" });
    await refer(other, { followUpOn: "2026-11-16" });
    await refer(staff, { followUpOn: "2026-12-15" }); // not due yet
    const done = await refer(staff, { followUpOn: "2026-11-10" });
    await update(staff, done, "CONNECTED", { followUpOn: "2026-11-10" }); // closed: not due
    expect((await followUpsDue(staff, { today: "2026-11-26", mine: true })).map((row) => row.id)).toEqual([mine]);
    expect(await followUpsDue(staff, { today: "2026-11-26", mine: false })).toHaveLength(2);
    expect([...(await followUpDueAmong(staff, [participantId], "2026-11-26"))]).toEqual([participantId]);
    expect((await followUpDueAmong(peer, [participantId], "2026-11-26")).size).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "referrals.worklist", actorId: staff.userId } })).toBe(2);
  });

  it("audits every read of a participant's referrals", async () => {
    await refer(staff);
    const rows = await referralsOf(staff, participantId);
    expect(rows[0]).toMatchObject({ partner: partner.name, status: "REFERRED", staff: "staff" });
    expect(await prisma.auditEvent.findMany({ where: { action: "referrals.read" } })).toEqual([
      expect.objectContaining({ actorId: staff.userId, entityId: participantId, outcome: "SUCCESS" }),
    ]);
  });

  it("moves referrals with a merge", async () => {
    await refer(staff);
    const duplicate = await runAs(prisma, createParticipantAction, staff, quickIntake("Suivi bis"));
    const duplicateId = duplicate.ok ? duplicate.data.participantId : "";
    await createReferral(prisma, { participantId: duplicateId, domain: "LEGAL", referredOn: new Date("2026-11-02"), staffId: staff.userId });
    expect((await runAs(prisma, mergeParticipantsAction, staff, { survivorId: participantId, mergedId: duplicateId })).ok).toBe(true);
    expect(await prisma.referral.count({ where: { participantId } })).toBe(2);
  });

  it("finds partners by domain and language for every role, and refuses a duplicate name or no domain", async () => {
    await runAs(prisma, savePartnerAction, staff, { ...partner, name: "Clinique juridique", domains: ["LEGAL"], languages: ["es"] });
    expect((await searchDirectory(peer, { domain: "LEGAL" })).map((row) => row.name)).toEqual(["Clinique juridique"]);
    expect((await searchDirectory(health, { language: "en" })).map((row) => row.name)).toEqual([partner.name]);
    expect((await searchDirectory(peer, { q: "MAISON" })).map((row) => row.name)).toEqual([partner.name]);
    expect((await runAs(prisma, savePartnerAction, staff, partner)).ok).toBe(false);
    expect((await runAs(prisma, savePartnerAction, staff, { ...partner, name: "Sans domaine", domains: [] })).ok).toBe(false);
    expect((await runAs(prisma, savePartnerAction, peer, { ...partner, name: "Par un pair" })).ok).toBe(false);
    expect(await prisma.partnerOrganisation.count()).toBe(2);
  });
});
