// Entries queued on a device in the field (issue 18): a whole outreach shift or a whole
// partner-venue clinic session, replayed through the action wrapper with the entry's
// submissionId. Sent twice (a lost answer, a page killed mid-sync), it is recorded once; refused
// (a retired venue, an empty shelf, older than 12 hours), nothing of it is written.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { saveVenueAction } from "@/lib/programs/actions";
import { receiveStockAction } from "@/lib/stock/actions";
import { savePartnerAction } from "@/lib/directory/actions";
import { recordFieldClinicSessionAction, recordFieldShiftAction } from "@/lib/field/actions";
import { fieldReference } from "@/lib/field/reference";
import { freshCentre } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";

// 2026-11-26 19:30 in Montreal (UTC-5): the device saved its entries two hours earlier.
const evening = new Date("2026-11-27T00:30:00Z");
const savedAt = evening.getTime() - 2 * 60 * 60 * 1000;

function ok<R>(result: { ok: true; data: R } | { ok: false; error: string; fieldErrors: Record<string, string> }): R {
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

describe("field entries", () => {
  let staff: SessionUser, health: SessionUser, peer: SessionUser;
  let condoms: string;
  const venues: string[] = [];

  beforeEach(async () => {
    ({ staff, health, peer } = await freshCentre(prisma, { staff: "STAFF", health: "HEALTH", peer: "PEER" }));
    condoms = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "condoms" }, select: { id: true } })).id;
    ok(await runAs(prisma, receiveStockAction, staff, { itemId: condoms, size: "", quantity: 30, source: "DONATED", value: "", donor: "", receivedOn: "2026-11-01" }));
    venues.length = 0;
    for (const name of ["Bar Alpha", "Bar Bêta", "Peep-show Gamma", "Hôtel Delta", "Parc Epsilon"]) {
      venues.push(ok(await runAs(prisma, saveVenueAction, staff, { name, type: "BAR", area: "Village", weeklyTarget: "1", serviceAgreement: false, active: true })).venueId);
    }
  });

  const shift = (extra: Record<string, unknown> = {}) => ({
    submissionId: randomUUID(),
    recordedAt: savedAt,
    date: "2026-11-26",
    startTime: "14:00",
    endTime: "17:30",
    note: "",
    visits: venues.map((venueId, index) => ({ venueId, peopleMet: 3, newContacts: 1, cardsGiven: 2, referrals: index === 0 ? 1 : 0, note: "", supplies: [{ itemId: condoms, size: "", quantity: 2 }] })),
    ...extra,
  });
  const onHand = async () => (await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand;

  it("records a whole shift once, however many times the device sends it, and the stock falls once", async () => {
    const entry = shift();
    const first = ok(await runAs(prisma, recordFieldShiftAction, staff, entry, { now: evening }));
    const again = ok(await runAs(prisma, recordFieldShiftAction, staff, entry, { now: evening }));
    const atOnce = await Promise.all([1, 2, 3].map(() => runAs(prisma, recordFieldShiftAction, staff, entry, { now: evening })));
    expect(again).toEqual(first);
    expect(atOnce.map((result) => result.ok && result.data.shiftId)).toEqual([first.shiftId, first.shiftId, first.shiftId]);
    expect(first).toMatchObject({ venues: 5, supplies: 5 });
    expect(await prisma.outreachShift.count()).toBe(1);
    expect(await prisma.outreachContact.count()).toBe(5);
    expect(await onHand()).toBe(20);
    const staffOnShift = await prisma.outreachShiftStaff.findMany({ select: { userId: true } });
    expect(staffOnShift).toEqual([{ userId: staff.userId }]);
  });

  it("refuses a shift the shelf can no longer cover, naming what is left, and writes none of it", async () => {
    const entry = shift({ visits: [{ venueId: venues[0], peopleMet: 2, newContacts: 0, cardsGiven: 0, referrals: 0, note: "", supplies: [{ itemId: condoms, size: "", quantity: 31 }] }] });
    expect(await runAs(prisma, recordFieldShiftAction, staff, entry, { now: evening })).toMatchObject({ ok: false, error: expect.stringContaining("30 left") });
    expect(await prisma.outreachShift.count()).toBe(0);
    expect(await onHand()).toBe(30);
    // Corrected on the device (same submissionId), it is recorded.
    const corrected = { ...entry, visits: [{ ...entry.visits[0], supplies: [{ itemId: condoms, size: "", quantity: 30 }] }] };
    expect((await runAs(prisma, recordFieldShiftAction, staff, corrected, { now: evening })).ok).toBe(true);
    expect(await onHand()).toBe(0);
  });

  it("refuses a retired venue, an entry older than 12 hours and a role that does not do outreach, in the worker's language", async () => {
    ok(await runAs(prisma, saveVenueAction, staff, { venueId: venues[4], name: "Parc Epsilon", type: "BAR", area: "Village", weeklyTarget: "1", serviceAgreement: false, active: false }));
    expect(await runAs(prisma, recordFieldShiftAction, staff, shift(), { now: evening })).toMatchObject({ ok: false, error: expect.stringMatching(/venue/i) });
    const old = shift({ visits: [shift().visits[0]], recordedAt: evening.getTime() - 13 * 60 * 60 * 1000 });
    expect(await runAs(prisma, recordFieldShiftAction, staff, old, { now: evening })).toMatchObject({ ok: false, error: "This entry is more than 12 hours old: it is no longer accepted. Enter it at the centre or discard it." });
    expect(await runAs(prisma, recordFieldShiftAction, staff, old, { now: evening, locale: "fr" })).toMatchObject({ ok: false, error: expect.stringContaining("plus de 12 heures") });
    expect(await runAs(prisma, recordFieldShiftAction, peer, shift({ visits: [shift().visits[0]] }), { now: evening })).toMatchObject({ ok: false });
    expect(await runAs(prisma, recordFieldShiftAction, health, shift({ visits: [shift().visits[0]] }), { now: evening })).toMatchObject({ ok: false });
    expect(await prisma.outreachShift.count()).toBe(0);
    expect(await onHand()).toBe(30);
  });

  it("records a partner-venue clinic session with its anonymous encounters once", async () => {
    const partnerId = ok(await runAs(prisma, savePartnerAction, staff, { name: "Médecins partenaires", domains: ["PHYSICAL_HEALTH"], languages: ["fr"], phone: "", hours: "", publicAddress: "", respectful: true, notes: "", active: true })).partnerId;
    const hepB = (await prisma.clinicVaccine.findUniqueOrThrow({ where: { key: "hep-b" } })).id;
    const entry = {
      submissionId: randomUUID(),
      recordedAt: savedAt,
      date: "2026-11-26",
      partnerId,
      encounters: [
        { vaccinations: [{ vaccineId: hepB, dose: 1 }] },
        { tests: { HIV: { done: true, method: "RAPID" } }, supplies: [{ itemId: condoms, quantity: 5 }] },
        { vaccinations: [{ vaccineId: hepB, dose: 2 }] },
      ],
    };
    const first = ok(await runAs(prisma, recordFieldClinicSessionAction, health, entry, { now: evening }));
    expect(ok(await runAs(prisma, recordFieldClinicSessionAction, health, entry, { now: evening }))).toEqual(first);
    expect(await prisma.clinicSession.findMany({ select: { type: true, partnerId: true } })).toEqual([{ type: "PARTNER_VACCINATION", partnerId }]);
    expect(await prisma.clinicEncounter.count({ where: { participantId: null } })).toBe(3);
    expect(await prisma.clinicVaccination.count()).toBe(2);
    expect(await onHand()).toBe(25);
    const tooFar = { ...entry, submissionId: randomUUID(), encounters: [{ vaccinations: [{ vaccineId: hepB, dose: 9 }] }] };
    expect((await runAs(prisma, recordFieldClinicSessionAction, health, tooFar, { now: evening })).ok).toBe(false);
    expect((await runAs(prisma, recordFieldClinicSessionAction, staff, { ...entry, submissionId: randomUUID() }, { now: evening })).ok).toBe(false);
    expect(await prisma.clinicSession.count()).toBe(1);
  });

  it("gives each role only its forms' lists, and never a participant", async () => {
    const forStaff = await fieldReference(staff, evening);
    expect(forStaff.clinic).toBeNull();
    expect(forStaff.outreach?.venues).toHaveLength(5);
    const forHealth = await fieldReference(health, evening);
    expect(forHealth.outreach).toBeNull();
    expect(forHealth.clinic?.vaccines.length).toBeGreaterThan(0);
    const forPeer = await fieldReference(peer, evening);
    expect([forPeer.outreach, forPeer.clinic]).toEqual([null, null]);
    expect(JSON.stringify([forStaff, forHealth])).not.toMatch(/alias|code"/i);
  });
});
