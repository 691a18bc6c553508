import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { addDistributionAction, anonymousVisitAction, checkInAction } from "@/lib/visits/actions";
import { createParticipantAction, recordIntakeAction } from "@/lib/participants/actions";
import { createReferralAction } from "@/lib/referrals/actions";
import { receiveStockAction } from "@/lib/stock/actions";
import { signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";

const evening = new Date("2026-11-27T00:30:00Z");
const AT_ONCE = 50;

/** Fifty identical submissions at once, as a frozen screen and an impatient finger would send. */
async function fiftyAtOnce<R>(send: () => Promise<{ ok: boolean; data?: R }>) {
  const answers = await Promise.all(Array.from({ length: AT_ONCE }, send));
  expect(answers.every((answer) => answer.ok)).toBe(true);
  return answers.map((answer) => answer.data);
}

describe("fifty identical submissions at once record one thing", () => {
  let staff: SessionUser;
  let nightId: string;
  let participantId: string;

  beforeAll(async () => {
    staff = await signedIn(prisma, "STAFF");
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    nightId = opened.ok ? opened.data.nightId : "";
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake("Déjà là"), { now: evening });
    participantId = created.ok ? created.data.participantId : "";
  });

  it("check-in: one visit (the unique index decides)", async () => {
    const visitIds = await fiftyAtOnce(() => runAs(prisma, checkInAction, staff, { nightId, participantId }, { now: evening }));
    expect(new Set(visitIds.map((data) => (data as { visitId: string }).visitId)).size).toBe(1);
    expect(await prisma.visit.count({ where: { participantId } })).toBe(1);
  });

  it("a new person's intake: one participant, one intake", async () => {
    const input = { ...quickIntake("Nouvelle arrivée"), submissionId: randomUUID() };
    const answers = await fiftyAtOnce(() => runAs(prisma, createParticipantAction, staff, input, { now: evening }));
    expect(new Set(answers.map((data) => (data as { participantId: string }).participantId)).size).toBe(1);
    expect(await prisma.participant.count({ where: { alias: "Nouvelle arrivée" } })).toBe(1);
    expect(await prisma.intake.count({ where: { participant: { alias: "Nouvelle arrivée" } } })).toBe(1);
  });

  it("a later intake: one intake", async () => {
    const before = await prisma.intake.count({ where: { participantId } });
    const input = { participantId, consentScope: "NEEDS_AND_NOTES", immediateNeeds: ["FOOD"], longTermNeeds: [], housing: "SHELTER", note: "Deuxième accueil", submissionId: randomUUID() };
    await fiftyAtOnce(() => runAs(prisma, recordIntakeAction, staff, input, { now: evening }));
    expect(await prisma.intake.count({ where: { participantId } })).toBe(before + 1);
  });

  it("a distribution: one item handed out, taken off the shelf once", async () => {
    const condoms = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "condoms" } })).id;
    await runAs(prisma, receiveStockAction, staff, { itemId: condoms, quantity: 100, source: "DONATED", receivedOn: "2026-11-20" });
    const visit = await runAs(prisma, anonymousVisitAction, staff, { nightId }, { now: evening });
    const input = { visitId: visit.ok ? visit.data.visitId : "", itemId: condoms, quantity: 3, submissionId: randomUUID() };
    const answers = await fiftyAtOnce(() => runAs(prisma, addDistributionAction, staff, input, { now: evening }));
    expect(new Set(answers.map((data) => (data as { distributionId: string }).distributionId)).size).toBe(1);
    expect(await prisma.distribution.count({ where: { itemId: condoms } })).toBe(1);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(97);
  });

  it("a distribution of the last units: every copy gets the first one's answer, not a refusal", async () => {
    // The distribution is one statement that checks the shelf before it sees the key: the copies
    // that waited on the first one's lock find the shelf empty, and must still be answered as sent.
    const lube = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "lube" } })).id;
    await runAs(prisma, receiveStockAction, staff, { itemId: lube, quantity: 2, source: "DONATED", receivedOn: "2026-11-20" });
    const visit = await runAs(prisma, anonymousVisitAction, staff, { nightId }, { now: evening });
    const input = { visitId: visit.ok ? visit.data.visitId : "", itemId: lube, quantity: 2, submissionId: randomUUID() };
    const copies = { action: "visits.distribution", detail: "same-submission" };
    const refusals = { action: "visits.distribution", outcome: "FAILURE" as const };
    const copiesBefore = await prisma.auditEvent.count({ where: copies });
    const refusalsBefore = await prisma.auditEvent.count({ where: refusals });
    const answers = await fiftyAtOnce(() => runAs(prisma, addDistributionAction, staff, input, { now: evening }));
    expect(new Set(answers.map((data) => (data as { distributionId: string }).distributionId)).size).toBe(1);
    expect(await prisma.distribution.count({ where: { itemId: lube } })).toBe(1);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: lube } })).onHand).toBe(0);
    // One success row per answer: the first copy's own, and one "same-submission" per other copy.
    expect(await prisma.auditEvent.count({ where: { action: "visits.distribution", entityId: input.visitId, outcome: "SUCCESS" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: copies })).toBe(copiesBefore + AT_ONCE - 1);
    expect(await prisma.auditEvent.count({ where: refusals })).toBe(refusalsBefore);
  });

  it("a refused distribution does not use up its key: the corrected form goes through", async () => {
    const socks = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "socks" } }));
    const size = socks.sizes[0]!;
    await runAs(prisma, receiveStockAction, staff, { itemId: socks.id, size, quantity: 2, source: "DONATED", receivedOn: "2026-11-20" });
    const visit = await runAs(prisma, anonymousVisitAction, staff, { nightId }, { now: evening });
    const form = { visitId: visit.ok ? visit.data.visitId : "", itemId: socks.id, size, submissionId: randomUUID() };
    const tooMany = await runAs(prisma, addDistributionAction, staff, { ...form, quantity: 3 }, { now: evening });
    expect(tooMany.ok).toBe(false);
    const corrected = await runAs(prisma, addDistributionAction, staff, { ...form, quantity: 2 }, { now: evening });
    expect(corrected.ok).toBe(true);
    expect(await prisma.distribution.count({ where: { visitId: form.visitId } })).toBe(1);
    expect(await prisma.submission.count({ where: { id: form.submissionId } })).toBe(1);
  });

  it("a referral: one referral", async () => {
    const input = { participantId, domain: "LEGAL", referredOn: "2026-11-26", submissionId: randomUUID() };
    await fiftyAtOnce(() => runAs(prisma, createReferralAction, staff, input, { now: evening }));
    expect(await prisma.referral.count({ where: { participantId, domain: "LEGAL" } })).toBe(1);
  });

  it("a submission id is one person's and one action's: reused elsewhere, it is refused", async () => {
    const submissionId = randomUUID();
    expect((await runAs(prisma, createReferralAction, staff, { participantId, domain: "HOUSING", referredOn: "2026-11-26", submissionId })).ok).toBe(true);
    const other = await signedIn(prisma, "COORDINATOR");
    const stolen = await runAs(prisma, createReferralAction, other, { participantId, domain: "HOUSING", referredOn: "2026-11-26", submissionId });
    expect(stolen.ok).toBe(false);
    expect(await prisma.referral.count({ where: { participantId, domain: "HOUSING" } })).toBe(1);
  });
});
