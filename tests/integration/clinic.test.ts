import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { checkInAction } from "@/lib/visits/actions";
import { createParticipantAction, mergeParticipantsAction } from "@/lib/participants/actions";
import { savePartnerAction } from "@/lib/directory/actions";
import { nightBoard } from "@/lib/visits/queries";
import { followUpsDue, referralsOf } from "@/lib/referrals/queries";
import { createSessionAction, giveResultAction, recordEncounterAction, saveVaccineAction, setRecordResultsAction } from "@/lib/clinic/actions";
import { clinicFollowUpDueAmong, clinicHistoryOf, sessionDetail, tonightClinic } from "@/lib/clinic/queries";
import { clinicFigures } from "@/lib/clinic/figures";
import { freshCentre } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { receiveStock } from "@/prisma/seed/factories";

// 2026-11-26 19:30 in Montreal (UTC-5).
const evening = new Date("2026-11-27T00:30:00Z");
const TODAY = "2026-11-26";

const notDone = { done: false, method: null, resultGiven: false, result: null };
const tests = (overrides: Record<string, unknown> = {}) => ({ HIV: notDone, CHLAMYDIA: notDone, GONORRHEA: notDone, SYPHILIS: notDone, HEPATITIS_C: notDone, ...overrides });

describe("clinic nights", () => {
  let staff: SessionUser, peer: SessionUser, coordinator: SessionUser, health: SessionUser;
  let participantId: string;
  let hepB: string;
  let flu: string;

  beforeEach(async () => {
    ({ staff, peer, coordinator, health } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER", coordinator: "COORDINATOR", health: "HEALTH" }));
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake("Vaccin"), { now: evening });
    participantId = created.ok ? created.data.participantId : "";
    hepB = (await prisma.clinicVaccine.findUniqueOrThrow({ where: { key: "hep-b" } })).id;
    flu = (await prisma.clinicVaccine.findUniqueOrThrow({ where: { key: "flu" } })).id;
  });

  async function startSession(date: string, type = "MOBILE_UNIT", extra: Record<string, unknown> = {}) {
    const result = await runAs(prisma, createSessionAction, health, { type, date, ...extra }, { now: evening });
    if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
    return result.data.sessionId;
  }
  async function encounter(sessionId: string, input: Record<string, unknown>, locale: "fr" | "en" = "en") {
    return runAs(prisma, recordEncounterAction, health, { sessionId, participantId, ...input }, { now: evening, locale });
  }
  async function vaccinate(date: string, vaccineId: string, dose: number) {
    const result = await encounter(await startSession(date), { vaccinations: [{ vaccineId, dose }] });
    if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  }
  const flagged = async (today: string) => [...(await clinicFollowUpDueAmong(staff, [participantId], today))];

  it("follows a hepatitis B series at 0, 1 and 6 months and flags each dose when it falls due", async () => {
    await vaccinate("2026-04-02", hepB, 1);
    expect(await flagged("2026-04-20")).toEqual([]); // dose 2 is not due yet
    expect(await flagged("2026-05-02")).toEqual([participantId]); // one month after dose 1

    await vaccinate("2026-05-07", hepB, 2);
    expect(await flagged("2026-06-01")).toEqual([]);
    expect(await flagged("2026-10-01")).toEqual([]); // dose 3: six months after the FIRST dose
    expect(await flagged("2026-10-02")).toEqual([participantId]);

    const history = await clinicHistoryOf(health, participantId, "2026-10-02");
    expect(history.owed).toEqual([expect.objectContaining({ kind: "dose", vaccineId: hepB, dose: 3, doses: 3, dueOn: "2026-10-02", due: true })]);

    await vaccinate("2026-10-08", hepB, 3);
    expect(await flagged(TODAY)).toEqual([]); // series complete
    expect((await clinicHistoryOf(health, participantId, TODAY)).owed).toEqual([]);
    // The profile lists the latest encounters and knows how many there are in all.
    const latest = await clinicHistoryOf(health, participantId, TODAY, { limit: 2 });
    expect(latest.encounters.map((row) => row.date)).toEqual(["2026-10-08", "2026-05-07"]);
    expect(latest.encounterCount).toBe(3);
    // A single-dose vaccine never leaves anything due.
    await vaccinate("2026-10-15", flu, 1);
    expect(await flagged(TODAY)).toEqual([]);
  });

  it("shows STAFF, PEER and COORDINATOR only a neutral invite on tonight's list; HEALTH sees why on /clinic", async () => {
    await vaccinate("2026-10-01", hepB, 1);
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    const nightId = opened.ok ? opened.data.nightId : "";
    await runAs(prisma, checkInAction, staff, { nightId, participantId }, { now: evening });

    for (const role of [staff, peer, coordinator]) {
      const board = await nightBoard(role, nightId, TODAY);
      expect(board.visits[0]).toMatchObject({ participant: { id: participantId }, clinicInvite: true });
      // The board carries a boolean, never the vaccine, the dose or the date.
      const payload = JSON.stringify(board);
      for (const leaked of ["Hepatitis", "Hépatite", "hep-b", "dose", "2026-11-01", hepB]) expect(payload).not.toContain(leaked);
    }
    await expect(tonightClinic(staff, TODAY)).rejects.toThrow(/access denied/);
    const clinic = await tonightClinic(health, TODAY);
    expect(clinic.people).toEqual([expect.objectContaining({ id: participantId, due: [expect.objectContaining({ kind: "dose", dose: 2, dueOn: "2026-11-01" })] })]);
    expect(await prisma.auditEvent.count({ where: { action: "clinic.due.read", actorId: health.userId } })).toBe(1);
  });

  it("records an anonymous negative HIV test with no record linked, and flags a result to give back until it is given", async () => {
    const sessionId = await startSession(TODAY);
    expect((await runAs(prisma, setRecordResultsAction, health, { record: true })).ok).toBe(true);
    const anonymous = await encounter(sessionId, { participantId: "", tests: tests({ HIV: { done: true, method: "RAPID", resultGiven: true, result: "NEGATIVE" } }) });
    expect(anonymous).toMatchObject({ ok: true });
    const row = await prisma.clinicEncounter.findFirstOrThrow({ where: { participantId: null }, include: { tests: true } });
    expect(row.tests).toEqual([expect.objectContaining({ kind: "HIV", method: "RAPID", resultGiven: true, result: "NEGATIVE" })]);

    const lab = await encounter(sessionId, { tests: tests({ SYPHILIS: { done: true }, HEPATITIS_C: { done: true } }) });
    expect(lab.ok).toBe(true);
    expect(await flagged(TODAY)).toEqual([participantId]);
    const pending = await prisma.clinicTest.findMany({ where: { resultGiven: false } });
    expect(pending).toHaveLength(2);
    for (const test of pending) expect((await runAs(prisma, giveResultAction, health, { testId: test.id }, { now: evening })).ok).toBe(true);
    expect(await flagged(TODAY)).toEqual([]);
    expect((await runAs(prisma, giveResultAction, staff, { testId: pending[0]!.id })).ok).toBe(false);
  });

  it("refuses bad input with a clear message in French and English and writes nothing", async () => {
    const sessionId = await startSession(TODAY);
    const before = await prisma.clinicEncounter.count();

    const fourth = await encounter(sessionId, { vaccinations: [{ vaccineId: hepB, dose: 4 }] });
    expect(fourth).toMatchObject({ ok: false, error: "Hepatitis B is given in 3 doses: this dose number is outside its schedule. Nothing was saved." });
    const fourthFr = await encounter(sessionId, { vaccinations: [{ vaccineId: hepB, dose: 4 }] }, "fr");
    expect(fourthFr).toMatchObject({ ok: false, error: expect.stringContaining("Hépatite B se donne en 3 doses") });
    const zero = await encounter(sessionId, { vaccinations: [{ vaccineId: hepB, dose: 0 }] });
    expect(zero).toMatchObject({ ok: false, fieldErrors: { "vaccinations.0.dose": "This dose number is not part of the vaccine's schedule." } });

    const nothing = await encounter(sessionId, { notes: "just a chat" });
    expect(nothing).toMatchObject({ ok: false, fieldErrors: { services: expect.stringContaining("at least one service") } });
    const nothingFr = await encounter(sessionId, {}, "fr");
    expect(nothingFr).toMatchObject({ ok: false, fieldErrors: { services: expect.stringContaining("au moins un service") } });

    const notDoneResult = await encounter(sessionId, { tests: tests({ CHLAMYDIA: { done: false, resultGiven: true } }), care: ["FOOT_CARE"] });
    expect(notDoneResult).toMatchObject({ ok: false, fieldErrors: { "tests.CHLAMYDIA.resultGiven": "A result cannot be given for a test that was not done." } });
    const notDoneFr = await encounter(sessionId, { tests: tests({ HIV: { done: false, result: "NEGATIVE", resultGiven: true } }), care: ["FOOT_CARE"] }, "fr");
    expect(notDoneFr).toMatchObject({ ok: false, fieldErrors: { "tests.HIV.resultGiven": "Un résultat ne peut pas être remis pour un test qui n’a pas été fait." } });

    // Results are not recorded until the health team turns that on.
    const resultOff = await encounter(sessionId, { tests: tests({ HIV: { done: true, method: "LAB", resultGiven: true, result: "POSITIVE" } }) });
    expect(resultOff).toMatchObject({ ok: false, error: expect.stringContaining("does not record results") });
    const noMethod = await encounter(sessionId, { tests: tests({ HIV: { done: true } }) });
    expect(noMethod).toMatchObject({ ok: false, fieldErrors: { "tests.HIV.method": "Say whether the HIV test is rapid or lab." } });
    const anonymousReferral = await encounter(sessionId, { participantId: "", care: ["MINOR_INJURY"], referralPartnerId: "00000000-0000-4000-8000-000000000000" });
    expect(anonymousReferral).toMatchObject({ ok: false, fieldErrors: { referralPartnerId: expect.stringContaining("registered participant") } });
    expect(await prisma.clinicEncounter.count()).toBe(before);
    expect(await prisma.clinicTest.count()).toBe(0);
    expect(await prisma.clinicVaccination.count()).toBe(0);

    const future = await runAs(prisma, createSessionAction, health, { type: "DENTAL", date: "2026-11-27" }, { now: evening });
    expect(future).toMatchObject({ ok: false, error: "A clinic cannot be dated after tonight (2026-11-26). Nothing was saved." });
    const futureFr = await runAs(prisma, createSessionAction, health, { type: "DENTAL", date: "2026-12-01" }, { now: evening, locale: "fr" });
    expect(futureFr).toMatchObject({ ok: false, error: "Une clinique ne peut pas être datée après ce soir (2026-11-26). Rien n’a été enregistré." });
    expect(await prisma.clinicSession.count()).toBe(1);

    const badSchedule = await runAs(prisma, saveVaccineAction, health, { nameFr: "Rage", nameEn: "Rabies", schedule: "1, 0" });
    expect(badSchedule).toMatchObject({ ok: false, fieldErrors: { schedule: expect.stringContaining("starts at 0") } });
  });

  it("keeps every clinic read and write to HEALTH, audits reads, and gives the coordinator counts only", async () => {
    const sessionId = await startSession(TODAY);
    for (const role of [staff, peer, coordinator]) {
      const refused = await runAs(prisma, recordEncounterAction, role, { sessionId, participantId, care: ["FOOT_CARE"] }, { now: evening });
      expect(refused).toMatchObject({ ok: false, error: "Your role does not allow this action or page. Nothing was changed." });
      expect((await runAs(prisma, createSessionAction, role, { type: "DENTAL", date: TODAY }, { now: evening })).ok).toBe(false);
      await expect(sessionDetail(role, sessionId, TODAY)).rejects.toThrow(/access denied/);
      await expect(clinicHistoryOf(role, participantId, TODAY)).rejects.toThrow(/access denied/);
    }
    await expect(clinicFigures(prisma, staff, { from: "2026-01-01", to: "2027-01-01" })).rejects.toThrow(/access denied/);
    await expect(clinicFigures(prisma, peer, { from: "2026-01-01", to: "2027-01-01" })).rejects.toThrow(/access denied/);
    expect((await runAs(prisma, saveVaccineAction, coordinator, { nameFr: "Rage", nameEn: "Rabies", schedule: "0, 7, 21" })).ok).toBe(false);

    expect((await encounter(sessionId, { care: ["FOOT_CARE"] })).ok).toBe(true);
    await sessionDetail(health, sessionId, TODAY);
    await clinicHistoryOf(health, participantId, TODAY);
    const reads = await prisma.auditEvent.findMany({ where: { actorId: health.userId, action: { in: ["clinic.session.read", "clinic.history.read"] } }, select: { action: true, entityId: true } });
    expect(reads).toEqual(expect.arrayContaining([{ action: "clinic.session.read", entityId: sessionId }, { action: "clinic.history.read", entityId: participantId }]));
  });

  it("takes supplies out of the stock ledger without a front-desk distribution, and makes medical referrals only HEALTH follows", async () => {
    const condoms = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "condoms" } });
    await receiveStock(prisma, { itemKey: "condoms", quantity: 100, occurredAt: new Date("2026-11-01T12:00:00Z") });
    const saved = await runAs(prisma, savePartnerAction, staff, { name: "Clinique communautaire Test", domains: ["PHYSICAL_HEALTH"], languages: ["fr"], phone: "", hours: "", publicAddress: "", respectful: true, notes: "", active: true });
    const partnerId = saved.ok ? saved.data.partnerId : "";
    const sessionId = await startSession(TODAY);
    const result = await encounter(sessionId, { supplies: [{ itemId: condoms.id, quantity: 12 }], referralPartnerId: partnerId, care: ["WOUND_CARE"] });
    expect(result).toMatchObject({ ok: true, message: "Encounter saved." });
    expect(await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms.id } })).toMatchObject({ onHand: 88 });
    expect(await prisma.distribution.count()).toBe(0);

    const socks = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "socks" } });
    const notClinic = await encounter(sessionId, { supplies: [{ itemId: socks.id, quantity: 1 }] });
    expect(notClinic).toMatchObject({ ok: false, error: "This item is not part of the clinic's supplies." });
    const tooMany = await encounter(sessionId, { supplies: [{ itemId: condoms.id, quantity: 100 }] });
    expect(tooMany.ok).toBe(false);
    expect(await prisma.clinicEncounter.count()).toBe(1);

    const referral = await prisma.referral.findFirstOrThrow();
    expect(referral).toMatchObject({ medical: true, participantId, partnerId, domain: "PHYSICAL_HEALTH" });
    expect(await referralsOf(staff, participantId)).toEqual([]);
    expect(await followUpsDue(staff, { today: "2027-01-01", mine: false })).toEqual([]);
  });

  it("counts encounters, anonymous ones, tests, vaccinations by dose and referrals per month in the database", async () => {
    const october = await startSession("2026-10-14");
    const november = await startSession(TODAY, "DENTAL");
    expect((await encounter(october, { vaccinations: [{ vaccineId: hepB, dose: 1 }], tests: tests({ HIV: { done: true, method: "RAPID", resultGiven: true } }) })).ok).toBe(true);
    expect((await encounter(october, { participantId: "", tests: tests({ HIV: { done: true, method: "RAPID", resultGiven: true }, SYPHILIS: { done: true } }) })).ok).toBe(true);
    expect((await encounter(november, { care: ["DENTAL_EXAM", "DENTAL_CLEANING"], vaccinations: [{ vaccineId: hepB, dose: 2 }] })).ok).toBe(true);
    expect((await encounter(november, { participantId: "", otherVaccine: "Rage (vaccin rare)" })).ok).toBe(true);

    const figures = await clinicFigures(prisma, coordinator, { from: "2026-01-01", to: "2027-01-01" });
    expect(figures.totals).toEqual({ sessions: 2, encounters: 4, anonymous: 2, participants: 1, tests: 3, vaccinations: 3, referrals: 0 });
    expect(figures.encounters).toEqual([{ month: "2026-10", total: 2, anonymous: 1, participants: 1 }, { month: "2026-11", total: 2, anonymous: 1, participants: 1 }]);
    expect(figures.tests).toEqual([{ month: "2026-10", kind: "HIV", count: 2, resultsGiven: 2 }, { month: "2026-10", kind: "SYPHILIS", count: 1, resultsGiven: 0 }]);
    expect(figures.vaccinations.map((row) => [row.month, row.vaccineKey, row.dose, row.count])).toEqual([["2026-10", "hep-b", 1, 1], ["2026-11", "", 1, 1], ["2026-11", "hep-b", 2, 1]]);
    // A vaccine outside the list is counted, never named, in the figures.
    expect(JSON.stringify(figures)).not.toContain("Rage");
    expect(figures.care).toEqual([{ month: "2026-11", kind: "DENTAL_CLEANING", count: 1 }, { month: "2026-11", kind: "DENTAL_EXAM", count: 1 }]);
    expect(figures.sessions).toEqual([{ month: "2026-10", type: "MOBILE_UNIT", count: 1 }, { month: "2026-11", type: "DENTAL", count: 1 }]);
    const october2026 = await clinicFigures(prisma, health, { from: "2026-10-01", to: "2026-11-01" });
    expect(october2026.totals.encounters).toBe(2);
  });

  it("links a session at the centre to that evening's night, once per kind, and keeps the history through a merge", async () => {
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    const nightId = opened.ok ? opened.data.nightId : "";
    const first = await startSession(TODAY);
    expect(await startSession(TODAY)).toBe(first);
    expect(await prisma.clinicSession.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ nightId });
    const partner = await startSession("2026-11-20", "PARTNER_VACCINATION", { partnerId: "" }).catch((error: Error) => error.message);
    expect(partner).toContain("Choose the partner organisation");

    await vaccinate("2026-10-01", hepB, 1);
    const other = await runAs(prisma, createParticipantAction, staff, quickIntake("Double"), { now: evening });
    const otherId = other.ok ? other.data.participantId : "";
    expect((await runAs(prisma, mergeParticipantsAction, staff, { survivorId: otherId, mergedId: participantId })).ok).toBe(true);
    expect((await clinicHistoryOf(health, otherId, TODAY)).encounters).toHaveLength(1);
  });
});
