// Record-level access: a role that may use an action still cannot reach a record that is
// not theirs by putting its id in the request. Each attempt is refused and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { addDistributionAction, anonymousVisitAction, checkOutAction } from "@/lib/visits/actions";
import { createParticipantAction } from "@/lib/participants/actions";
import { createReferralAction, updateMedicalReferralAction, updateReferralAction } from "@/lib/referrals/actions";
import { receiveStockAction } from "@/lib/stock/actions";
import { participantRecord } from "@/lib/participants/record-export";
import { signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { dateOnly } from "@/lib/nights/local-date";
import { createReferral, createSite } from "@/prisma/seed/factories";

const evening = new Date("2026-11-27T00:30:00Z");

describe("another record's id in a request", () => {
  let staff: SessionUser;
  let elsewhere: SessionUser;
  let visitId: string;
  let condoms: string;

  beforeAll(async () => {
    staff = await signedIn(prisma, "STAFF");
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    const nightId = opened.ok ? opened.data.nightId : "";
    const visit = await runAs(prisma, anonymousVisitAction, staff, { nightId }, { now: evening });
    visitId = visit.ok ? visit.data.visitId : "";
    condoms = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "condoms" } })).id;
    await runAs(prisma, receiveStockAction, staff, { itemId: condoms, quantity: 20, source: "DONATED", receivedOn: "2026-11-20" });
    // A staff member of another site of the same organisation.
    const otherSite = await createSite(prisma, "Halte de l'Est");
    const user = await signedIn(prisma, "STAFF", "accueil-est");
    await prisma.user.update({ where: { id: user.userId }, data: { siteId: otherSite.id } });
    elsewhere = { ...user, siteId: otherSite.id };
  });

  it("another site's visit: no distribution, no check-out", async () => {
    const given = await runAs(prisma, addDistributionAction, elsewhere, { visitId, itemId: condoms, quantity: 1 }, { now: evening });
    expect(given.ok).toBe(false);
    const out = await runAs(prisma, checkOutAction, elsewhere, { visitId }, { now: evening });
    expect(out.ok).toBe(false);
    expect(await prisma.distribution.count()).toBe(0);
    expect((await prisma.visit.findUniqueOrThrow({ where: { id: visitId } })).checkedOutAt).toBeNull();
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(20);
  });

  it("a medical referral's id in a staff member's update: not found, unchanged", async () => {
    const person = await runAs(prisma, createParticipantAction, staff, quickIntake("Soignée"), { now: evening });
    const participantId = person.ok ? person.data.participantId : "";
    const medical = await createReferral(prisma, { participantId, domain: "PHYSICAL_HEALTH", status: "REFERRED", referredOn: dateOnly("2026-11-20"), medical: true });
    const attempt = await runAs(prisma, updateReferralAction, staff, { referralId: medical.id, status: "DECLINED", followUpOn: "", accompaniment: "NONE" });
    expect(attempt).toMatchObject({ ok: false, error: "What you are looking for does not exist or no longer exists." });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: medical.id } })).status).toBe("REFERRED");
    // The health team moves it along; a case referral's id in the health team's action is not found.
    const health = await signedIn(prisma, "HEALTH");
    const moved = await runAs(prisma, updateMedicalReferralAction, health, { referralId: medical.id, status: "CONNECTED", followUpOn: "", accompaniment: "NONE" });
    expect(moved.ok).toBe(true);
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: medical.id } })).status).toBe("CONNECTED");
    const caseReferral = await runAs(prisma, createReferralAction, staff, { participantId, domain: "HOUSING", referredOn: "2026-11-20" });
    const crossed = await runAs(prisma, updateMedicalReferralAction, health, { referralId: caseReferral.ok ? caseReferral.data.referralId : "", status: "DECLINED", followUpOn: "", accompaniment: "NONE" });
    expect(crossed).toMatchObject({ ok: false, error: "What you are looking for does not exist or no longer exists." });
    expect(await prisma.referral.count({ where: { participantId, status: "DECLINED" } })).toBe(0);
    // ... and the coordinator's export of that person carries no clinic record.
    const coordinator = await signedIn(prisma, "COORDINATOR");
    const exported = await participantRecord(coordinator, participantId, { how: "json", today: "2026-11-26" });
    expect(exported.clinic).toBeNull();
  });

  it("an id that exists nowhere: the same answer as one that is not yours", async () => {
    const missing = await runAs(prisma, checkOutAction, staff, { visitId: "00000000-0000-4000-8000-000000000000" }, { now: evening });
    const notYours = await runAs(prisma, addDistributionAction, staff, { visitId: "00000000-0000-4000-8000-000000000000", itemId: condoms, quantity: 1 }, { now: evening });
    expect(missing).toMatchObject({ ok: false, error: "What you are looking for does not exist or no longer exists." });
    expect(notYours).toMatchObject({ ok: false, error: "What you are looking for does not exist or no longer exists." });
  });
});
