// Community programs: tier history, honoraria, own shifts, outreach coverage in the
// centre's time zone, outreach supplies from the stock ledger, workshops and their figures.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { createParticipantAction } from "@/lib/participants/actions";
import { receiveStockAction } from "@/lib/stock/actions";
import {
  addOutreachContactAction,
  addOutreachSupplyAction,
  addTrainingAction,
  changeTierAction,
  createOutreachShiftAction,
  createVolunteerAction,
  createWorkshopAction,
  linkAccountAction,
  recordOwnShiftAction,
  recordShiftAction,
  saveAttendanceAction,
  saveVenueAction,
} from "@/lib/programs/actions";
import { myShifts, volunteerDetail, volunteerList } from "@/lib/programs/volunteers";
import { coverageBoard } from "@/lib/programs/coverage";
import { outreachFigures, volunteerFigures, workshopFigures } from "@/lib/programs/figures";
import { upcomingWorkshops, workshopDetail, workshopList } from "@/lib/programs/workshops";
import { nightDateOf } from "@/lib/nights/local-date";
import { freshCentre } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";

function ok<R>(result: { ok: true; data: R } | { ok: false; error: string; fieldErrors: Record<string, string> }): R {
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

describe("community programs", () => {
  let staff: SessionUser, coordinator: SessionUser, peer: SessionUser, otherPeer: SessionUser, health: SessionUser;
  const codes: string[] = [];
  const participantIds: string[] = [];

  beforeEach(async () => {
    ({ staff, coordinator, peer, otherPeer, health } = await freshCentre(prisma, { staff: "STAFF", coordinator: "COORDINATOR", peer: "PEER", otherPeer: ["PEER", "other-peer"], health: "HEALTH" }));
    codes.length = 0;
    participantIds.length = 0;
    for (const alias of ["Dominique", "Alex", "Sacha"]) {
      const { participantId, code } = ok(await runAs(prisma, createParticipantAction, staff, quickIntake(alias)));
      participantIds.push(participantId);
      codes.push(code);
    }
  });

  const enrol = async (code: string, consentOn = "2026-01-10", tier = "PEER_VOLUNTEER") =>
    ok(await runAs(prisma, createVolunteerAction, staff, { participantCode: code, consent: true, consentOn, tier })).volunteerId;

  describe("volunteers", () => {
    it("keeps the tier history with dates and refuses a change back in time, in both languages", async () => {
      const volunteerId = await enrol(codes[0]!);
      ok(await runAs(prisma, changeTierAction, staff, { volunteerId, tier: "SAFETY_PATROL", changedOn: "2026-03-01", note: "Formée à la patrouille" }));

      const back = await runAs(prisma, changeTierAction, staff, { volunteerId, tier: "EMPLOYMENT_SUPPORT", changedOn: "2026-02-01" });
      expect(back).toMatchObject({ ok: false, error: "A tier change cannot be dated before the previous one (2026-03-01). Nothing was saved." });
      const backFr = await runAs(prisma, changeTierAction, staff, { volunteerId, tier: "EMPLOYMENT_SUPPORT", changedOn: "2026-02-01" }, { locale: "fr" });
      expect(backFr).toMatchObject({ ok: false, fieldErrors: { changedOn: "Un changement de palier ne peut pas précéder le dernier (2026-03-01). Rien n'a été enregistré." } });
      expect(await prisma.volunteerTierChange.count()).toBe(2);

      ok(await runAs(prisma, changeTierAction, staff, { volunteerId, tier: "EMPLOYMENT_SUPPORT", changedOn: "2026-06-15" }));
      const detail = await volunteerDetail(staff, volunteerId);
      expect(detail.tier).toBe("EMPLOYMENT_SUPPORT");
      expect(detail.tierHistory.map((change) => [change.tier, change.changedOn])).toEqual([
        ["EMPLOYMENT_SUPPORT", "2026-06-15"],
        ["SAFETY_PATROL", "2026-03-01"],
        ["PEER_VOLUNTEER", "2026-01-10"],
      ]);

      // The report's headcount by tier follows the history: each volunteer at the tier they held then.
      await enrol(codes[1]!, "2026-02-01");
      const spring = await volunteerFigures(staff, { from: "2026-01-01", to: "2026-04-30" });
      expect(spring.byTier).toEqual([
        { tier: "PEER_VOLUNTEER", enrolled: 1, withShift: 0 },
        { tier: "SAFETY_PATROL", enrolled: 1, withShift: 0 },
      ]);
      const year = await volunteerFigures(staff, { from: "2026-01-01", to: "2026-12-31" });
      expect(year.byTier.map((row) => [row.tier, row.enrolled])).toEqual([["PEER_VOLUNTEER", 1], ["EMPLOYMENT_SUPPORT", 1]]);
    });

    it("sums hours and honoraria in integer cents, per volunteer and for the report", async () => {
      const first = await enrol(codes[0]!);
      const second = await enrol(codes[1]!);
      ok(await runAs(prisma, recordShiftAction, staff, { volunteerId: first, date: "2026-05-04", activity: "MEAL_PREPARATION", hours: "2,5", honorarium: "20" }));
      ok(await runAs(prisma, recordShiftAction, staff, { volunteerId: first, date: "2026-05-11", activity: "NEEDLE_CLEAN_UP", hours: "4", honorarium: "35.50" }));
      ok(await runAs(prisma, recordShiftAction, coordinator, { volunteerId: second, date: "2026-05-12", activity: "MEAL_PREPARATION", hours: "1.5", honorarium: "0.10" }));
      ok(await runAs(prisma, recordShiftAction, staff, { volunteerId: second, date: "2025-12-31", activity: "CLEANING", hours: "3", honorarium: "25" })); // outside the year

      const rows = await volunteerList(coordinator, "2026-11-26");
      const byId = new Map(rows.map((row) => [row.id, row]));
      // Money is the coordinator's alone (privacy rule 9): staff get hours, and no honoraria.
      const staffRows = await volunteerList(staff, "2026-11-26");
      expect(staffRows.find((row) => row.id === first)).toMatchObject({ minutes: 390, honorariumCents: null });
      const staffFigures = await volunteerFigures(staff, { from: "2026-01-01", to: "2026-12-31" });
      expect(staffFigures).toMatchObject({ shifts: 3, minutes: 480, honorariumCents: null });
      expect(staffFigures.byActivity.every((row) => row.honorariumCents === null)).toBe(true);
      expect(byId.get(first)).toMatchObject({ minutes: 390, honorariumCents: 5550, lastShift: "2026-05-11" });
      expect(byId.get(second)).toMatchObject({ minutes: 270, honorariumCents: 2510 });

      const figures = await volunteerFigures(coordinator, { from: "2026-01-01", to: "2026-12-31" });
      expect(figures).toMatchObject({ shifts: 3, minutes: 480, honorariumCents: 5560 });
      expect(figures.byActivity).toEqual([
        { activity: "MEAL_PREPARATION", shifts: 2, minutes: 240, honorariumCents: 2010 },
        { activity: "NEEDLE_CLEAN_UP", shifts: 1, minutes: 240, honorariumCents: 3550 },
      ]);
      expect(figures.byTier).toEqual([{ tier: "PEER_VOLUNTEER", enrolled: 2, withShift: 2 }]);
    });

    it("refuses negative or too long shifts, a negative honorarium, a training expiring before it was taken, and a volunteer without consent", async () => {
      const volunteerId = await enrol(codes[0]!);
      const shift = (extra: Record<string, unknown>) => runAs(prisma, recordShiftAction, staff, { volunteerId, date: "2026-05-04", activity: "CLEANING", hours: "2", honorarium: "10", ...extra });
      expect(await shift({ hours: "-1" })).toMatchObject({ ok: false, fieldErrors: { hours: "Hours are more than 0 and at most 16 (e.g. 2.5)." } });
      expect(await shift({ hours: "16,5" })).toMatchObject({ ok: false, fieldErrors: { hours: "Hours are more than 0 and at most 16 (e.g. 2.5)." } });
      expect(await runAs(prisma, recordShiftAction, staff, { volunteerId, date: "2026-05-04", activity: "CLEANING", hours: "17", honorarium: "0" }, { locale: "fr" })).toMatchObject({
        ok: false,
        fieldErrors: { hours: "Les heures vont de plus de 0 à 16 au plus (ex. 2,5)." },
      });
      expect(await shift({ honorarium: "-5" })).toMatchObject({ ok: false, fieldErrors: { honorarium: "Invalid amount (e.g. 12.50)." } });
      expect((await shift({ hours: "16" })).ok).toBe(true);
      expect(await prisma.volunteerShift.count()).toBe(1);

      const training = await runAs(prisma, addTrainingAction, staff, { volunteerId, kind: "NALOXONE", takenOn: "2026-04-01", expiresOn: "2026-03-01" });
      expect(training).toMatchObject({ ok: false, fieldErrors: { expiresOn: "A training cannot expire before it was taken." } });
      expect(await prisma.volunteerTraining.count()).toBe(0);
      ok(await runAs(prisma, addTrainingAction, staff, { volunteerId, kind: "NALOXONE", takenOn: "2026-04-01", expiresOn: "2028-04-01" }));
      ok(await runAs(prisma, addTrainingAction, staff, { volunteerId, kind: "FOOD_SAFETY", takenOn: "2021-04-01", expiresOn: "2026-04-01" }));
      expect((await volunteerList(staff, "2026-11-26"))[0]?.validTrainings).toBe(1);

      const noConsent = await runAs(prisma, createVolunteerAction, staff, { participantCode: codes[1], consent: false, consentOn: "2026-01-10", tier: "PEER_VOLUNTEER" });
      expect(noConsent).toMatchObject({ ok: false, fieldErrors: { consent: "The person must consent to becoming a volunteer." } });
      const twice = await runAs(prisma, createVolunteerAction, staff, { participantCode: codes[0], consent: true, consentOn: "2026-01-10", tier: "PEER_VOLUNTEER" });
      expect(twice).toMatchObject({ ok: false, error: "This person is already a volunteer." });
      expect(await prisma.volunteer.count()).toBe(1);
    });

    it("lets a linked peer see and record their own shifts only", async () => {
      const mine = await enrol(codes[0]!);
      const theirs = await enrol(codes[1]!);
      ok(await runAs(prisma, recordShiftAction, staff, { volunteerId: theirs, date: "2026-05-04", activity: "CLEANING", hours: "2", honorarium: "15" }));

      // Not linked yet: nothing to see, nothing to record.
      expect(await myShifts(peer)).toEqual({ linked: false, tier: null, shifts: [] });
      expect(await runAs(prisma, recordOwnShiftAction, peer, { date: "2026-05-05", activity: "SAFETY_PATROL", hours: "3" })).toMatchObject({
        ok: false,
        error: "Your account is not linked to a volunteer record. Ask the coordinator.",
      });

      // Only the coordinator links accounts, and only peer accounts.
      expect((await runAs(prisma, linkAccountAction, staff, { volunteerId: mine, userId: peer.userId })).ok).toBe(false);
      expect((await runAs(prisma, linkAccountAction, coordinator, { volunteerId: mine, userId: staff.userId })).ok).toBe(false);
      ok(await runAs(prisma, linkAccountAction, coordinator, { volunteerId: mine, userId: peer.userId }));
      expect((await runAs(prisma, linkAccountAction, coordinator, { volunteerId: theirs, userId: peer.userId })).ok).toBe(false);

      // A volunteer id slipped into the input is ignored: the shift is the peer's own.
      ok(await runAs(prisma, recordOwnShiftAction, peer, { volunteerId: theirs, date: "2026-05-05", activity: "SAFETY_PATROL", hours: "3", honorarium: "500" }));
      const own = await myShifts(peer);
      expect(own.linked).toBe(true);
      expect(own.shifts).toEqual([expect.objectContaining({ date: "2026-05-05", activity: "SAFETY_PATROL", minutes: 180, honorariumCents: null })]);
      expect(await prisma.volunteerShift.count({ where: { volunteerId: theirs } })).toBe(1);
      expect((await myShifts(otherPeer)).shifts).toEqual([]);

      // A peer cannot use the staff paths, nor read the volunteer list or someone's record.
      expect(await runAs(prisma, recordShiftAction, peer, { volunteerId: theirs, date: "2026-05-05", activity: "CLEANING", hours: "1", honorarium: "100" })).toMatchObject({ ok: false });
      await expect(volunteerList(peer, "2026-11-26")).rejects.toThrow(/access denied/);
      await expect(volunteerDetail(peer, theirs)).rejects.toThrow(/access denied/);
      await expect(volunteerDetail(health, theirs)).rejects.toThrow(/access denied/);
      await expect(myShifts(staff)).rejects.toThrow(/access denied/);
    });
  });

  describe("street outreach", () => {
    const venue = (name: string, extra: Record<string, unknown> = {}) =>
      runAs(prisma, saveVenueAction, staff, { name, type: "BAR", area: "Village, rue Sainte-Catherine Est", weeklyTarget: "1", serviceAgreement: true, active: true, ...extra });

    async function visit(venueId: string, date: string, counts: Record<string, unknown> = {}) {
      const { shiftId } = ok(await runAs(prisma, createOutreachShiftAction, staff, { date, startTime: "14:00", endTime: "17:30", staffIds: [staff.userId] }));
      return ok(await runAs(prisma, addOutreachContactAction, staff, { shiftId, venueId, peopleMet: 5, newContacts: 1, cardsGiven: 3, referrals: 1, ...counts })).contactId;
    }

    it("shows a venue visited 8 days ago as overdue and one visited 6 days ago as covered, in the centre's time zone", async () => {
      const eight = ok(await venue("Bar Le Huit")).venueId;
      const six = ok(await venue("Peep-show Six", { type: "PEEP_SHOW" })).venueId;
      const never = ok(await venue("Hôtel Jamais", { type: "HOURLY_HOTEL" })).venueId;
      const twice = ok(await venue("Parc des Faubourgs", { type: "STREET_AREA", weeklyTarget: "2" })).venueId;
      await visit(eight, "2026-11-18");
      await visit(six, "2026-11-20");
      await visit(twice, "2026-11-20");
      await visit(twice, "2026-11-23");

      // 22:30 on Thursday the 26th in Montreal, already the 27th in UTC.
      const today = nightDateOf(new Date("2026-11-27T03:30:00Z"), "America/Montreal");
      const board = await coverageBoard(staff, today);
      expect(board.venues.map((row) => [row.name, row.overdue, row.daysSince])).toEqual([
        ["Hôtel Jamais", true, null],
        ["Bar Le Huit", true, 8],
        ["Parc des Faubourgs", false, 3],
        ["Peep-show Six", false, 6],
      ]);
      const byId = new Map(board.venues.map((row) => [row.id, row]));
      expect(byId.get(six)).toMatchObject({ lastVisit: "2026-11-20", visitsThisWeek: 0, targetMet: false });
      expect(byId.get(twice)).toMatchObject({ visitsThisWeek: 1, targetMet: false, weeks: [...Array(10).fill(0), 1, 1] });
      expect(byId.get(never)?.weeks).toEqual(Array(12).fill(0));
      expect(board.weeks.at(-1)).toBe("2026-11-23");

      // A visit tonight turns the overdue venue back to covered, and meets its weekly target.
      await visit(eight, today);
      const after = new Map((await coverageBoard(staff, today)).venues.map((row) => [row.id, row]));
      expect(after.get(eight)).toMatchObject({ overdue: false, daysSince: 0, visitsThisWeek: 1, targetMet: true });
      await expect(coverageBoard(peer, today)).rejects.toThrow(/access denied/);
      await expect(coverageBoard(health, today)).rejects.toThrow(/access denied/);
    });

    it("refuses a weekly target of 0, negative counts and more new contacts than people met; nothing is written", async () => {
      expect(await venue("Cible zéro", { weeklyTarget: "0" })).toMatchObject({ ok: false, fieldErrors: { weeklyTarget: "The target is 1 to 14 visits a week." } });
      expect(await runAs(prisma, saveVenueAction, staff, { name: "Cible zéro", type: "BAR", area: "Village", weeklyTarget: "0" }, { locale: "fr" })).toMatchObject({
        ok: false,
        fieldErrors: { weeklyTarget: "La cible est de 1 à 14 visites par semaine." },
      });
      expect(await prisma.venue.count()).toBe(0);
      const venueId = ok(await venue("Bar Compté")).venueId;
      const { shiftId } = ok(await runAs(prisma, createOutreachShiftAction, staff, { date: "2026-11-20", startTime: "14:00", endTime: "17:00", staffIds: [staff.userId] }));
      const contact = (counts: Record<string, unknown>) => runAs(prisma, addOutreachContactAction, staff, { shiftId, venueId, peopleMet: 4, newContacts: 1, cardsGiven: 2, referrals: 0, ...counts });
      expect(await contact({ peopleMet: -1, newContacts: 0 })).toMatchObject({ ok: false, fieldErrors: { peopleMet: "A count is a whole number, zero or more." } });
      expect(await contact({ newContacts: 5 })).toMatchObject({ ok: false, fieldErrors: { newContacts: "New contacts cannot be more than the people met." } });
      expect(await prisma.outreachContact.count()).toBe(0);
      expect((await contact({})).ok).toBe(true);
      expect(await contact({})).toMatchObject({ ok: false, error: "This venue is already recorded for this shift." });
      expect((await runAs(prisma, createOutreachShiftAction, staff, { date: "2026-11-20", startTime: "14:00", endTime: "17:00", staffIds: [] })).ok).toBe(false);
      expect((await runAs(prisma, createOutreachShiftAction, staff, { date: "2026-11-20", startTime: "14:00", endTime: "17:00", staffIds: [peer.userId] })).ok).toBe(false);
      expect((await runAs(prisma, saveVenueAction, peer, { name: "Bar Pair", type: "BAR", area: "Village", weeklyTarget: "1" })).ok).toBe(false);
    });

    it("takes supplies given at a venue off the stock ledger, and refuses more than is on the shelf", async () => {
      const condoms = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "condoms" }, select: { id: true } });
      ok(await runAs(prisma, receiveStockAction, staff, { itemId: condoms.id, size: "", quantity: 30, source: "DONATED", value: "", donor: "", receivedOn: "2026-11-01" }));
      const venueId = ok(await venue("Bar Stock")).venueId;
      const contactId = await visit(venueId, "2026-11-20");
      ok(await runAs(prisma, addOutreachSupplyAction, staff, { contactId, itemId: condoms.id, size: "", quantity: 12 }));
      const tooMany = await runAs(prisma, addOutreachSupplyAction, staff, { contactId, itemId: condoms.id, size: "", quantity: 19 });
      expect(tooMany).toMatchObject({ ok: false, error: expect.stringContaining("18 left") });

      expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms.id } })).onHand).toBe(18);
      const movement = await prisma.stockMovement.findFirstOrThrow({ where: { kind: "DISTRIBUTED" }, select: { quantity: true, reason: true, outreachSupply: { select: { contactId: true } } } });
      expect(movement).toEqual({ quantity: -12, reason: "outreach", outreachSupply: { contactId } });

      const figures = await outreachFigures(staff, { from: "2026-11-01", to: "2026-11-30" });
      expect(figures).toMatchObject({ shifts: 1, venuesVisited: 1, visits: 1, peopleMet: 5, newContacts: 1, cardsGiven: 3, referrals: 1, suppliesGiven: 12 });
    });

    it("computes the coverage rate over whole weeks: venue-weeks whose target was met", async () => {
      const a = ok(await venue("Bar A")).venueId;
      const b = ok(await venue("Bar B", { weeklyTarget: "2" })).venueId;
      await prisma.venue.updateMany({ data: { createdAt: new Date("2026-01-01T12:00:00Z") } });
      await visit(a, "2026-11-03");
      await visit(a, "2026-11-12");
      await visit(b, "2026-11-04");
      await visit(b, "2026-11-06");
      await visit(b, "2026-11-10");
      await visit(b, "2026-11-15"); // Sunday: still the week of the 9th
      await visit(b, "2026-11-16"); // outside the range's whole weeks
      // Whole weeks from Sunday 1 to Sunday 15: those of the 2nd and the 9th.
      const figures = await outreachFigures(staff, { from: "2026-11-01", to: "2026-11-15" });
      expect(figures.coverage).toEqual({ weeks: 2, met: 4, total: 4, rate: 1 });
      const partial = await outreachFigures(staff, { from: "2026-11-02", to: "2026-11-22" });
      expect(partial.coverage).toEqual({ weeks: 3, met: 4, total: 6, rate: 4 / 6 });
      expect((await outreachFigures(staff, { from: "2026-11-03", to: "2026-11-08" })).coverage.rate).toBeNull();
      await expect(outreachFigures(peer, { from: "2026-11-01", to: "2026-11-30" })).rejects.toThrow(/access denied/);
    });
  });

  describe("workshops", () => {
    const workshop = {
      titleFr: "Vos droits face à la police",
      titleEn: "Your rights with the police",
      descriptionFr: "",
      descriptionEn: "",
      topic: "POLICE_LEGAL_RIGHTS",
      facilitator: "Me Lavoie",
      facilitatorOrganisation: "Clinique juridique du quartier",
      date: "2026-11-19",
      startTime: "19:00",
    };

    it("records attendance (registered plus anonymous) and feedback, and counts them by topic", async () => {
      const { workshopId } = ok(await runAs(prisma, createWorkshopAction, staff, workshop));
      expect((await prisma.workshop.findUniqueOrThrow({ where: { id: workshopId } })).startsAt.toISOString()).toBe("2026-11-20T00:00:00.000Z");
      const saved = await runAs(prisma, saveAttendanceAction, staff, { workshopId, participantIds: [participantIds[0]], extraCodes: codes[1], anonymousCount: "4", feedbackScore: "4", feedbackNote: "Jeux de rôle appréciés" });
      expect(ok(saved)).toEqual({ total: 6 });
      const detail = await workshopDetail(staff, workshopId);
      expect(detail.attendees.map((person) => person.alias).sort()).toEqual(["Alex", "Dominique"]);
      expect(detail).toMatchObject({ registered: 2, anonymousCount: 4, feedbackScore: 4 });

      const negative = await runAs(prisma, saveAttendanceAction, staff, { workshopId, participantIds: [], anonymousCount: "-2", feedbackScore: "" });
      expect(negative).toMatchObject({ ok: false, fieldErrors: { anonymousCount: "A count is a whole number, zero or more." } });
      expect(await runAs(prisma, saveAttendanceAction, staff, { workshopId, participantIds: [], anonymousCount: "1", feedbackScore: "6" })).toMatchObject({ ok: false, fieldErrors: { feedbackScore: "Feedback is a number from 1 to 5." } });
      expect(await runAs(prisma, saveAttendanceAction, staff, { workshopId, participantIds: [], extraCodes: "ZZZZZZ", anonymousCount: "1" })).toMatchObject({ ok: false, fieldErrors: { extraCodes: expect.any(String) } });
      expect(await prisma.workshopAttendance.count()).toBe(2);

      ok(await runAs(prisma, createWorkshopAction, staff, { ...workshop, topic: "OVERDOSE_PREVENTION", date: "2026-11-26", titleFr: "Naloxone", titleEn: "Naloxone" }));
      const figures = await workshopFigures(coordinator, { from: "2026-11-01", to: "2026-11-30" });
      expect(figures).toEqual({
        held: 2,
        registered: 2,
        anonymous: 4,
        byTopic: [
          { topic: "POLICE_LEGAL_RIGHTS", held: 1, registered: 2, anonymous: 4, averageScore: 4 },
          { topic: "OVERDOSE_PREVENTION", held: 1, registered: 0, anonymous: 0, averageScore: null },
        ],
      });
    });

    it("shows the workshop list to every role, attendance to staff only, and lets only staff create one", async () => {
      const { workshopId } = ok(await runAs(prisma, createWorkshopAction, coordinator, workshop));
      for (const session of [peer, health, staff]) {
        expect((await workshopList(session, { from: "2026-01-01", to: "2026-12-31" })).map((row) => row.id)).toEqual([workshopId]);
        expect(await upcomingWorkshops(session, "2026-11-19")).toHaveLength(1);
      }
      expect(await upcomingWorkshops(peer, "2026-11-20")).toHaveLength(0);
      await expect(workshopDetail(peer, workshopId)).rejects.toThrow(/access denied/);
      await expect(workshopDetail(health, workshopId)).rejects.toThrow(/access denied/);
      expect((await runAs(prisma, createWorkshopAction, peer, workshop)).ok).toBe(false);
      expect((await runAs(prisma, createWorkshopAction, health, workshop)).ok).toBe(false);
      expect((await runAs(prisma, createWorkshopAction, staff, { ...workshop, titleEn: "" })).ok).toBe(false);
      expect(await prisma.workshop.count()).toBe(1);
    });
  });
});
