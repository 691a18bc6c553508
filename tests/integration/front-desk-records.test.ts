import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { addToShiftAction, openNightAction, removeFromShiftAction, updateScheduleAction } from "@/lib/nights/actions";
import { addRestrictionAction, createParticipantAction, endRestrictionAction, recordIntakeAction, updateParticipantAction } from "@/lib/participants/actions";
import { searchParticipants } from "@/lib/participants/queries";
import { participantProfile } from "@/lib/participants/profile";
import { freshCentre, signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { createNight, createVisit } from "@/prisma/seed/factories";

const evening = new Date("2026-11-27T00:30:00Z");
const TODAY = "2026-11-26";

describe("participant records and the night's set-up", () => {
  let staff: SessionUser, coordinator: SessionUser, peer: SessionUser;

  beforeEach(async () => {
    ({ staff, coordinator, peer } = await freshCentre(prisma, { staff: "STAFF", coordinator: "COORDINATOR", peer: "PEER" }));
  });

  async function register(alias: string) {
    const result = await runAs(prisma, createParticipantAction, staff, quickIntake(alias), { now: evening });
    if (!result.ok) throw new Error(result.error);
    return result.data.participantId;
  }

  it("renaming someone makes the new alias searchable and the old one not", async () => {
    const id = await register("Ti-Loup");
    const renamed = await runAs(prisma, updateParticipantAction, staff, { participantId: id, alias: "Émile Nord", pronouns: "il", birthYear: "1990" });
    expect(renamed.ok).toBe(true);
    expect((await searchParticipants(staff, "emile", { today: TODAY })).map((hit) => hit.id)).toEqual([id]);
    expect(await searchParticipants(staff, "loup", { today: TODAY })).toEqual([]);
    expect(await prisma.participant.findUniqueOrThrow({ where: { id } })).toMatchObject({ birthYear: 1990, pronouns: "il" });
    const badYear = await runAs(prisma, updateParticipantAction, staff, { participantId: id, alias: "Émile", birthYear: "1850" });
    expect(badYear).toMatchObject({ ok: false, fieldErrors: { birthYear: expect.stringContaining("year of birth") } });
  });

  it("ranks search results by last visit, then alias, from the search index's own copies", async () => {
    const never = await register("Renard Zed");
    const regular = await register("Renaud Abel");
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    const { checkInAction } = await import("@/lib/visits/actions");
    await runAs(prisma, checkInAction, staff, { nightId: opened.ok ? opened.data.nightId : "", participantId: never }, { now: evening });
    expect((await searchParticipants(staff, "ren", { today: TODAY })).map((hit) => hit.id)).toEqual([never, regular]);
    // The copies follow the participant: a check-in and a rename.
    const terms = await prisma.participantSearchTerm.findMany({ where: { participantId: never } });
    expect(terms.every((term) => term.lastVisitDate?.toISOString().slice(0, 10) === TODAY && term.aliasSearch === "renard zed")).toBe(true);
    await runAs(prisma, updateParticipantAction, staff, { participantId: regular, alias: "Aaron Renaud" });
    expect((await prisma.participantSearchTerm.findFirstOrThrow({ where: { participantId: regular } })).aliasSearch).toBe("aaron renaud");
  });

  it("ranks regulars first: who came most often lately, then the most recent; who is already in tonight goes last", async () => {
    const often = await register("Marie Souvent");
    const once = await register("Marise Hier");
    const inside = await register("Maria Dedans");
    // Five past nights for the regular; the one-off came last night, more recently than any of them.
    const pastNight = async (date: string) =>
      (await createNight(prisma, { date: new Date(`${date}T00:00:00Z`), openedAt: new Date(`${date}T23:00:00Z`), closedAt: new Date(`${date}T23:30:00Z`) })).id;
    for (const date of ["2026-10-22", "2026-10-29", "2026-11-05", "2026-11-12", "2026-11-19"]) {
      await createVisit(prisma, { nightId: await pastNight(date), participantId: often, checkedInAt: new Date(`${date}T23:10:00Z`) });
    }
    await prisma.participant.update({ where: { id: often }, data: { lastVisitDate: new Date("2026-11-19T00:00:00Z") } });
    await createVisit(prisma, { nightId: await pastNight("2026-11-25"), participantId: once, checkedInAt: new Date("2026-11-25T23:10:00Z") });
    await prisma.participant.update({ where: { id: once }, data: { lastVisitDate: new Date("2026-11-25T00:00:00Z") } });
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    const nightId = opened.ok ? opened.data.nightId : "";
    const { checkInAction } = await import("@/lib/visits/actions");
    expect((await runAs(prisma, checkInAction, staff, { nightId, participantId: inside }, { now: evening })).ok).toBe(true);

    const hits = await searchParticipants(staff, "mar", { nightId, today: TODAY });
    expect(hits.map((hit) => hit.alias)).toEqual(["Marie Souvent", "Marise Hier", "Maria Dedans"]);
    expect(hits.at(-1)!.checkedInTonight).toBe(true);
    // A typed code still finds its one person first, whoever else matches.
    const code = (await prisma.participant.findUniqueOrThrow({ where: { id: inside } })).code;
    expect((await searchParticipants(staff, code, { nightId, today: TODAY }))[0]!.id).toBe(inside);
  });

  it("keeps every intake: a new assessment adds to the history", async () => {
    const id = await register("History");
    const second = await runAs(prisma, recordIntakeAction, staff, { participantId: id, consentScope: "NEEDS", immediateNeeds: ["CLOTHING"], longTermNeeds: [], housing: "STREET" }, { now: new Date(evening.getTime() + 60_000) });
    expect(second.ok).toBe(true);
    const profile = await participantProfile(staff, id, TODAY);
    expect(profile?.details?.intakes.map((intake) => intake.housing)).toEqual(["STREET", "SHELTER"]);
    expect((await runAs(prisma, recordIntakeAction, peer, { participantId: id, consentScope: "NEEDS" })).ok).toBe(false);
  });

  it("ends a restriction, refusing an end before its start", async () => {
    const id = await register("Restricted");
    await runAs(prisma, addRestrictionAction, staff, { participantId: id, startsOn: "2026-11-20", reason: "Conflict" });
    const restriction = await prisma.restriction.findFirstOrThrow({ where: { participantId: id } });
    const early = await runAs(prisma, endRestrictionAction, staff, { restrictionId: restriction.id, endsOn: "2026-11-01" });
    expect(early).toMatchObject({ ok: false, error: "The end cannot be before the start." });
    expect((await runAs(prisma, endRestrictionAction, staff, { restrictionId: restriction.id, endsOn: "2026-11-25" })).ok).toBe(true);
    const [hit] = await searchParticipants(staff, "restricted", { today: TODAY });
    expect(hit?.restricted).toBe(false);
  });

  it("puts people on tonight's shift, but never a disabled account", async () => {
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    const nightId = opened.ok ? opened.data.nightId : "";
    expect((await runAs(prisma, addToShiftAction, staff, { nightId, userId: peer.userId })).ok).toBe(true);
    const gone = await signedIn(prisma, "STAFF", "gone");
    await prisma.user.update({ where: { id: gone.userId }, data: { disabled: true } });
    expect((await runAs(prisma, addToShiftAction, staff, { nightId, userId: gone.userId })).ok).toBe(false);
    expect((await runAs(prisma, addToShiftAction, peer, { nightId, userId: peer.userId })).ok).toBe(false);
    expect((await runAs(prisma, removeFromShiftAction, staff, { nightId, userId: staff.userId })).ok).toBe(true);
    const shift = await prisma.nightShift.findMany({ where: { nightId } });
    expect(shift.map((row) => row.userId)).toEqual([peer.userId]);
  });

  it("lets the coordinator alone change the opening schedule, and checks it", async () => {
    const site = await prisma.site.findFirstOrThrow();
    const schedule = { siteId: site.id, openWeekdays: ["2", "3", "4", "5", "5"], opensAt: "17:30", closesAt: "21:30" };
    expect((await runAs(prisma, updateScheduleAction, staff, schedule)).ok).toBe(false);
    expect((await runAs(prisma, updateScheduleAction, coordinator, { ...schedule, openWeekdays: [] })).ok).toBe(false);
    expect((await runAs(prisma, updateScheduleAction, coordinator, { ...schedule, opensAt: "25:00" })).ok).toBe(false);
    expect((await runAs(prisma, updateScheduleAction, coordinator, schedule)).ok).toBe(true);
    expect(await prisma.site.findUniqueOrThrow({ where: { id: site.id } })).toMatchObject({ openWeekdays: [2, 3, 4, 5], opensAt: "17:30" });
  });
});
