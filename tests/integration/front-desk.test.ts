import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction, closeNightAction } from "@/lib/nights/actions";
import { anonymousVisitAction, checkInAction, setServiceAction, addDistributionAction } from "@/lib/visits/actions";
import { createParticipantAction, addRestrictionAction, mergeParticipantsAction } from "@/lib/participants/actions";
import { searchParticipants } from "@/lib/participants/queries";
import { participantProfile } from "@/lib/participants/profile";
import { nightBoard } from "@/lib/visits/queries";
import { nightSummary } from "@/lib/nights/queries";
import { freshCentre } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { createNight, createSite, createVisit, receiveStock } from "@/prisma/seed/factories";

// 2026-11-26 19:30 in Montreal (UTC-5).
const evening = new Date("2026-11-27T00:30:00Z");
const TODAY = "2026-11-26";

async function openTonight(session: SessionUser) {
  const result = await runAs(prisma, openNightAction, session, {}, { now: evening });
  if (!result.ok) throw new Error(result.error);
  return result.data.nightId;
}

async function newParticipant(session: SessionUser, alias: string, extra: Record<string, unknown> = {}) {
  const result = await runAs(prisma, createParticipantAction, session, quickIntake(alias, extra), { now: evening });
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

describe("front desk", () => {
  let staff: SessionUser, peer: SessionUser, health: SessionUser;

  beforeEach(async () => {
    ({ staff, peer, health } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER", health: "HEALTH" }));
  });

  it("opens one night per site, whoever presses first, and dates it in the centre's time zone", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => runAs(prisma, openNightAction, staff, {}, { now: evening })));
    const ids = new Set(results.map((result) => (result.ok ? result.data.nightId : result.error)));
    expect(ids.size).toBe(1);
    const night = await prisma.night.findFirstOrThrow();
    expect(night.date.toISOString().slice(0, 10)).toBe(TODAY);
    // 00:40 the next morning is still the same night.
    const afterMidnight = await runAs(prisma, openNightAction, staff, {}, { now: new Date("2026-11-27T05:40:00Z") });
    expect(afterMidnight).toMatchObject({ ok: true, data: { nightId: night.id } });
    expect(await prisma.night.count()).toBe(1);
  });

  it("refuses a peer opening the night", async () => {
    const result = await runAs(prisma, openNightAction, peer, {});
    expect(result.ok).toBe(false);
    expect(await prisma.night.count()).toBe(0);
  });

  it("quick intake creates a coded participant without a legal name and checks them in", async () => {
    const nightId = await openTonight(staff);
    const created = await newParticipant(staff, "René", { checkInNightId: nightId, pronouns: "il" });
    expect(created.code).toMatch(/^[0-9A-Z]{6}$/);
    expect(created.visitId).not.toBeNull();
    const visit = await prisma.visit.findUniqueOrThrow({ where: { id: created.visitId! } });
    expect(visit).toMatchObject({ participantId: created.participantId, firstVisit: true });
    const participant = await prisma.participant.findUniqueOrThrow({ where: { id: created.participantId } });
    expect(participant).toMatchObject({ alias: "René", pronouns: "il" });
    expect(participant.firstVisitDate?.toISOString().slice(0, 10)).toBe(TODAY);
  });

  it("keeps only what the person consented to", async () => {
    const { participantId } = await newParticipant(staff, "Minimal", {
      intake: { consentScope: "VISITS_ONLY", immediateNeeds: ["FOOD"], longTermNeeds: ["LEGAL"], housing: "STREET", note: "should not be kept" },
    });
    const intake = await prisma.intake.findFirstOrThrow({ where: { participantId } });
    expect(intake).toMatchObject({ consentScope: "VISITS_ONLY", immediateNeeds: [], longTermNeeds: [], housing: null, note: null });
  });

  it("refuses bad aliases with a clear message and writes nothing", async () => {
    for (const alias of ["", "   ", "x".repeat(41), "bad\u0007bell"]) {
      const result = await runAs(prisma, createParticipantAction, staff, quickIntake(alias));
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.fieldErrors.alias).toMatch(/1 to 40 characters|invisible characters/);
    }
    expect(await prisma.participant.count()).toBe(0);
  });

  it("finds people by part of an alias or code, ignoring accents and case", async () => {
    const nightId = await openTonight(staff);
    const rene = await newParticipant(staff, "René Lapointe");
    await newParticipant(staff, "Petit Jean");
    await newParticipant(staff, "Renaud");
    const aliases = async (query: string) => (await searchParticipants(peer, query, { nightId, today: TODAY })).map((hit) => hit.alias).sort();
    expect(await aliases("rene")).toEqual(["René Lapointe"]);
    expect(await aliases("REN")).toEqual(["Renaud", "René Lapointe"]);
    expect(await aliases("jean")).toEqual(["Petit Jean"]);
    expect(await aliases("lap ren")).toEqual(["René Lapointe"]);
    expect(await aliases(rene.code.slice(0, 4).toLowerCase())).toContain("René Lapointe");
    expect(await aliases("%")).toEqual([]);
    // A word after the alias must match a word of the alias, never a code.
    let sapin = await newParticipant(staff, "Sapin");
    while (sapin.code.startsWith("S")) sapin = await newParticipant(staff, "Sapin");
    expect(await aliases(`sapin ${sapin.code[0]!.toLowerCase()}`)).toEqual([]);
    expect(await aliases(sapin.code.slice(0, 3))).toContain("Sapin");
    expect(await aliases("zzz")).toEqual([]);
  });

  it("makes one visit when two staff check the same person in at once", async () => {
    const nightId = await openTonight(staff);
    const { participantId } = await newParticipant(staff, "Concurrent");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => runAs(prisma, checkInAction, peer, { nightId, participantId }, { now: evening })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await prisma.visit.count({ where: { nightId, participantId } })).toBe(1);
    expect(results.filter((result) => result.ok && !result.data.alreadyIn)).toHaveLength(1);
  });

  it("refuses check-in to a closed night and to an unknown participant", async () => {
    const nightId = await openTonight(staff);
    const { participantId } = await newParticipant(staff, "Late");
    expect((await runAs(prisma, closeNightAction, staff, { nightId, note: "calm night" })).ok).toBe(true);
    const closed = await runAs(prisma, checkInAction, staff, { nightId, participantId });
    expect(closed).toMatchObject({ ok: false, error: "This night is closed." });
    await runAs(prisma, openNightAction, staff, {}, { now: evening }); // reopened
    const unknown = await runAs(prisma, checkInAction, staff, { nightId, participantId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.ok).toBe(false);
    expect(await prisma.visit.count()).toBe(0);
  });

  it("refuses another site's night", async () => {
    const nightId = await openTonight(staff);
    const otherSite = await createSite(prisma, "Autre site");
    await prisma.user.update({ where: { id: peer.userId }, data: { siteId: otherSite.id } });
    const { participantId } = await newParticipant(staff, "Elsewhere");
    const result = await runAs(prisma, checkInAction, { ...peer, siteId: otherSite.id }, { nightId, participantId });
    expect(result).toMatchObject({ ok: false, error: "This night belongs to another site." });
    expect(await prisma.visit.count()).toBe(0);
  });

  it("summarises the night: visits, anonymous visitors, new participants, meals and items", async () => {
    const nightId = await openTonight(staff);
    const first = await newParticipant(staff, "Nouveau", { checkInNightId: nightId });
    const regular = await newParticipant(staff, "Habitué");
    // The regular came last week.
    const lastWeek = await createNight(prisma, { date: new Date("2026-11-19"), openedAt: new Date("2026-11-19T23:00:00Z"), closedAt: new Date("2026-11-20T03:00:00Z") });
    await createVisit(prisma, { nightId: lastWeek.id, participantId: regular.participantId, firstVisit: true, checkedInAt: new Date("2026-11-19T23:30:00Z") });
    const regularVisit = await runAs(prisma, checkInAction, peer, { nightId, participantId: regular.participantId });
    expect(regularVisit).toMatchObject({ ok: true });
    for (let index = 0; index < 2; index++) expect((await runAs(prisma, anonymousVisitAction, peer, { nightId })).ok).toBe(true);

    const visitId = regularVisit.ok ? regularVisit.data.visitId : "";
    expect((await runAs(prisma, setServiceAction, peer, { visitId, kind: "MEAL", given: true })).ok).toBe(true);
    expect((await runAs(prisma, setServiceAction, peer, { visitId: first.visitId, kind: "MEAL", given: true })).ok).toBe(true);
    const socks = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "socks" } });
    await receiveStock(prisma, { itemKey: "socks", size: "M", kind: "DONATED", quantity: 10, occurredAt: evening });
    const noSize = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks.id, quantity: 2 });
    expect(noSize).toMatchObject({ ok: false, fieldErrors: { size: expect.any(String) } });
    expect((await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks.id, size: "M", quantity: 2 })).ok).toBe(true);

    expect((await runAs(prisma, closeNightAction, staff, { nightId, note: "Busy and calm." })).ok).toBe(true);
    const summary = await nightSummary(staff, nightId);
    expect(summary).toMatchObject({ visits: 4, anonymous: 2, newParticipants: 1, meals: 2, note: "Busy and calm." });
    expect(summary?.items).toEqual([{ key: "socks", nameFr: "Bas (paire)", nameEn: "Socks (pair)", quantity: 2 }]);
  });

  it("shows restriction reasons to staff only", async () => {
    const nightId = await openTonight(staff);
    const { participantId } = await newParticipant(staff, "Restricted", { checkInNightId: nightId });
    const backwards = await runAs(prisma, addRestrictionAction, staff, { participantId, startsOn: "2026-11-20", endsOn: "2026-11-10", reason: "x" });
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endsOn: expect.stringContaining("before") } });
    expect((await runAs(prisma, addRestrictionAction, peer, { participantId, startsOn: "2026-11-20", reason: "x" })).ok).toBe(false);
    expect((await runAs(prisma, addRestrictionAction, staff, { participantId, startsOn: "2026-11-20", endsOn: "2026-12-20", reason: "Threatened a volunteer" })).ok).toBe(true);

    const [staffHit] = await searchParticipants(staff, "restr", { nightId, today: TODAY });
    const [peerHit] = await searchParticipants(peer, "restr", { nightId, today: TODAY });
    expect(staffHit).toMatchObject({ restricted: true, restrictionReason: "Threatened a volunteer", checkedInTonight: true });
    expect(peerHit).toMatchObject({ restricted: true, restrictionReason: null });
    const peerBoard = await nightBoard(peer, nightId, TODAY);
    expect(JSON.stringify(peerBoard)).not.toContain("Threatened");
  });

  it("gives health staff codes, aliases and visits only, and audits every profile read", async () => {
    const nightId = await openTonight(staff);
    const { participantId } = await newParticipant(staff, "Private", { checkInNightId: nightId });
    const forHealth = await participantProfile(health, participantId, TODAY);
    expect(forHealth).toMatchObject({ alias: "Private", details: null, visitCount: 1 });
    expect(JSON.stringify(forHealth)).not.toMatch(/winter boots|SHELTER|HOUSING/);
    const forStaff = await participantProfile(staff, participantId, TODAY);
    expect(forStaff?.details?.intakes[0]).toMatchObject({ note: "Needs winter boots", housing: "SHELTER" });
    await expect(participantProfile(peer, participantId, TODAY)).rejects.toThrow(/access denied/);
    const reads = await prisma.auditEvent.findMany({ where: { action: "participant.read", entityId: participantId } });
    expect(reads.map((row) => row.actorRole).sort()).toEqual(["HEALTH", "STAFF"]);
  });

  it("merges two records of one person into the survivor, once, and can be reviewed", async () => {
    const nightId = await openTonight(staff);
    const kept = await newParticipant(staff, "Jo", { checkInNightId: nightId });
    const duplicate = await newParticipant(staff, "Joe", { checkInNightId: nightId });
    await runAs(prisma, setServiceAction, staff, { visitId: duplicate.visitId, kind: "MEAL", given: true });

    const itself = await runAs(prisma, mergeParticipantsAction, staff, { survivorId: kept.participantId, mergedId: kept.participantId });
    expect(itself).toMatchObject({ ok: false });
    expect((await runAs(prisma, mergeParticipantsAction, peer, { survivorId: kept.participantId, mergedId: duplicate.participantId })).ok).toBe(false);

    const merged = await runAs(prisma, mergeParticipantsAction, staff, { survivorId: kept.participantId, mergedId: duplicate.participantId });
    expect(merged.ok).toBe(true);
    expect(await prisma.participant.count()).toBe(1);
    const visits = await prisma.visit.findMany({ where: { nightId }, include: { services: true } });
    expect(visits).toHaveLength(1);
    expect(visits[0]!.services.map((service) => service.kind)).toEqual(["MEAL"]);
    expect(await prisma.intake.count({ where: { participantId: kept.participantId } })).toBe(2);
    // The old code still finds the person.
    const hits = await searchParticipants(staff, duplicate.code, { nightId, today: TODAY });
    expect(hits.map((hit) => hit.id)).toEqual([kept.participantId]);
    const profile = await participantProfile(staff, kept.participantId, TODAY);
    expect(profile?.details?.merges).toEqual([expect.objectContaining({ mergedCode: duplicate.code, mergedAlias: "Joe", visitsMoved: 1 })]);
    expect(await prisma.auditEvent.count({ where: { action: "participants.merge", outcome: "SUCCESS" } })).toBe(1);
  });
});
