import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { closeNightAction, openNightAction, paperSheetAction } from "@/lib/nights/actions";
import { addRestrictionAction, createParticipantAction } from "@/lib/participants/actions";
import { checkInAction } from "@/lib/visits/actions";
import { anonymiseParticipant } from "@/lib/participants/anonymise";
import { generateCode } from "@/lib/participants/code";
import { formatCode } from "@/lib/participants/code-format";
import { signedIn } from "@/tests/support/sessions";
import { resetDatabase } from "@/tests/support/reset-database";
import { quickIntake, runAs } from "@/tests/support/front-desk";

// 2026-11-26 19:30 in Montreal (UTC-5): the night of 2026-11-26.
const evening = new Date("2026-11-27T00:30:00Z");

type Line = { code?: string; anonymous?: boolean; services?: string[]; time?: string };
const line = (spec: Line) => ({ code: "", anonymous: false, services: [], time: "", ...spec });

describe("a night's paper sheet typed in afterwards", () => {
  let staff: SessionUser;
  let nightId: string;
  const people: Record<string, { participantId: string; code: string }> = {};

  const sheet = (session: SessionUser, lines: Line[], options: { submissionId?: string; locale?: "fr" | "en"; night?: string } = {}) =>
    runAs(prisma, paperSheetAction, session, { nightId: options.night ?? nightId, lines: lines.map(line), submissionId: options.submissionId ?? randomUUID() }, { now: evening, locale: options.locale });
  const visitsOfNight = () => prisma.visit.count({ where: { nightId } });

  beforeEach(async () => {
    await resetDatabase(prisma);
    staff = await signedIn(prisma, "STAFF");
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    if (!opened.ok) throw new Error(opened.error);
    nightId = opened.data.nightId;
    for (const alias of ["Tulipe", "Mistral", "Orage"]) {
      const created = await runAs(prisma, createParticipantAction, staff, quickIntake(alias), { now: evening });
      if (!created.ok) throw new Error(created.error);
      people[alias] = created.data;
    }
    // Typed in on a later evening: the night was closed since.
    const closed = await runAs(prisma, closeNightAction, staff, { nightId }, { now: evening });
    if (!closed.ok) throw new Error(closed.error);
  });

  it("records every line of a closed night as its visits, with their services and times, and one audit row", async () => {
    const result = await sheet(staff, [
      { code: formatCode(people.Tulipe!.code), services: ["MEAL", "SUPPORT_CONVERSATION"], time: "19:05" },
      {},
      { anonymous: true, services: ["MEAL"] },
      // Lower case and without the dash, as written in a hurry; after midnight is the same night.
      { code: people.Mistral!.code.toLowerCase(), time: "00:40" },
    ]);
    expect(result).toMatchObject({ ok: true, data: { visits: 3, anonymous: 1 }, message: "The sheet is recorded." });
    const visits = await prisma.visit.findMany({ where: { nightId }, select: { participantId: true, checkedInAt: true, firstVisit: true, services: { select: { kind: true } } }, orderBy: { checkedInAt: "asc" } });
    expect(visits).toEqual([
      // No time written: the site's opening time that evening (18:00 in Montreal).
      { participantId: null, checkedInAt: new Date("2026-11-26T23:00:00Z"), firstVisit: false, services: [{ kind: "MEAL" }] },
      { participantId: people.Tulipe!.participantId, checkedInAt: new Date("2026-11-27T00:05:00Z"), firstVisit: true, services: expect.arrayContaining([{ kind: "MEAL" }, { kind: "SUPPORT_CONVERSATION" }]) },
      { participantId: people.Mistral!.participantId, checkedInAt: new Date("2026-11-27T05:40:00Z"), firstVisit: true, services: [] },
    ]);
    expect(await prisma.participant.findUniqueOrThrow({ where: { id: people.Tulipe!.participantId }, select: { firstVisitDate: true, lastVisitDate: true } })).toEqual({
      firstVisitDate: new Date("2026-11-26"),
      lastVisitDate: new Date("2026-11-26"),
    });
    const audit = await prisma.auditEvent.findMany({ where: { action: "nights.paper-sheet" }, select: { outcome: true, entityId: true, detail: true, actorId: true } });
    expect(audit).toEqual([{ outcome: "SUCCESS", entityId: nightId, detail: "visits:3 anonymous:1", actorId: staff.userId }]);
  });

  it("refuses the whole sheet when any line is wrong, each line saying why in the person's language, and writes nothing", async () => {
    let unknown = generateCode();
    while (Object.values(people).some((person) => person.code === unknown)) unknown = generateCode();
    const tulipe = people.Tulipe!.code;
    const misread = tulipe.slice(0, 5) + (tulipe.at(-1) === "0" ? "1" : "0");
    // Orage was checked in that night at the desk already; a record anonymised since is final.
    await prisma.night.update({ where: { id: nightId }, data: { closedAt: null, openSiteId: (await prisma.night.findUniqueOrThrow({ where: { id: nightId } })).siteId } });
    expect(await runAs(prisma, checkInAction, staff, { nightId, participantId: people.Orage!.participantId }, { now: evening })).toMatchObject({ ok: true });
    const gone = await runAs(prisma, createParticipantAction, staff, quickIntake("Parti"), { now: evening });
    if (!gone.ok) throw new Error(gone.error);
    await prisma.$transaction((tx) => anonymiseParticipant(tx, gone.data.participantId, evening));
    const before = await visitsOfNight();

    const lines: Line[] = [
      { code: tulipe, services: ["MEAL"] },
      { code: unknown },
      { code: misread },
      { code: "Tulipe" },
      { code: people.Orage!.code },
      { code: formatCode(tulipe) },
      { code: gone.data.code },
      { services: ["SNACK"] },
      { code: people.Mistral!.code, anonymous: true },
      { anonymous: true },
    ];
    const result = await sheet(staff, lines);
    expect(result).toEqual({
      ok: false,
      error: "8 lines are wrong: nothing was recorded. Correct those lines and send the sheet again.",
      fieldErrors: {
        "lines.1.code": "Nobody has this code.",
        "lines.2.code": "The code's last character does not match: a character was misread or mistyped.",
        "lines.3.code": "Not a code: a code has six characters.",
        "lines.4.code": "Already checked in that night.",
        "lines.5.code": "This person is already on an earlier line of the sheet.",
        // Anonymisation took the code from the record: nobody holds it any more.
        "lines.6.code": "Nobody has this code.",
        "lines.7.code": "Write the code, or tick anonymous.",
        "lines.8.code": "A line is a code or anonymous, not both.",
      },
      reason: "refused",
    });
    const french = await sheet(staff, [{ code: unknown }], { locale: "fr" });
    expect(french).toEqual({ ok: false, error: "1 ligne est fausse : rien n'a été enregistré. Corrigez cette ligne et envoyez la feuille de nouveau.", fieldErrors: { "lines.0.code": "Personne n'a ce code." }, reason: "refused" });
    expect(await visitsOfNight()).toBe(before);
    expect(await prisma.visitService.count({ where: { visit: { nightId }, kind: "SNACK" } })).toBe(0);
    const audit = await prisma.auditEvent.findMany({ where: { action: "nights.paper-sheet" }, select: { outcome: true, detail: true } });
    expect(audit).toEqual([
      { outcome: "FAILURE", detail: "paperSheet.refused" },
      { outcome: "FAILURE", detail: "paperSheet.refused" },
    ]);
  });

  it("accepts a restricted person, as the desk does (a restriction is shown there, never refused)", async () => {
    expect(await runAs(prisma, addRestrictionAction, staff, { participantId: people.Orage!.participantId, reason: "Une semaine", startsOn: "2026-11-20", endsOn: "" }, { now: evening })).toMatchObject({ ok: true });
    expect(await sheet(staff, [{ code: people.Orage!.code }])).toMatchObject({ ok: true, data: { visits: 1 } });
  });

  it("records a sheet sent twice once, and a corrected sheet once its wrong line is fixed", async () => {
    const submissionId = randomUUID();
    const wrong = await sheet(staff, [{ code: people.Tulipe!.code }, { code: "K7QM3X" }], { submissionId });
    expect(wrong).toMatchObject({ ok: false });
    expect(await visitsOfNight()).toBe(0);
    // The refused submission did not use its key: the same form, corrected, goes through.
    const lines = [{ code: people.Tulipe!.code }, { anonymous: true }];
    const first = await sheet(staff, lines, { submissionId });
    expect(first).toMatchObject({ ok: true, data: { visits: 2, anonymous: 1 } });
    // A retry of the same submission (a double click, a connection that dropped) records nothing more.
    const again = await sheet(staff, lines, { submissionId });
    expect(again).toEqual(first);
    expect(await visitsOfNight()).toBe(2);
    // The same sheet as a new submission: Tulipe is in that night already, so it is refused whole.
    expect(await sheet(staff, lines)).toMatchObject({ ok: false, fieldErrors: { "lines.0.code": "Already checked in that night." } });
    expect(await visitsOfNight()).toBe(2);
  });

  it("refuses a role that does not check people in, another site's night, and an empty sheet", async () => {
    const health = await signedIn(prisma, "HEALTH");
    expect(await sheet(health, [{ anonymous: true }])).toEqual({ ok: false, error: "Your role does not allow this action or page. Nothing was changed.", fieldErrors: {}, reason: "forbidden" });
    expect(await prisma.auditEvent.findFirst({ where: { action: "nights.paper-sheet", actorId: health.userId }, select: { outcome: true, detail: true } })).toEqual({ outcome: "DENIED", detail: "visits:record" });

    // A centre with two sites: the sheet of the other site's night is not this desk's to type in.
    const mainSite = (await prisma.night.findUniqueOrThrow({ where: { id: nightId }, select: { siteId: true } })).siteId;
    await prisma.user.update({ where: { id: staff.userId }, data: { siteId: mainSite } });
    const otherSite = await prisma.site.create({ data: { name: "Autre site" } });
    const elsewhere = await prisma.night.create({ data: { siteId: otherSite.id, date: new Date("2026-11-26"), openedAt: evening }, select: { id: true } });
    expect(await sheet({ ...staff, siteId: mainSite }, [{ anonymous: true }], { night: elsewhere.id })).toMatchObject({ ok: false, error: "This night belongs to another site." });

    expect(await sheet(staff, [{}, {}])).toMatchObject({ ok: false, error: "The sheet has no line to record." });
    expect(await sheet(staff, [{ services: ["NOT_A_SERVICE"] }])).toMatchObject({ ok: false, error: "Some fields need correcting. Nothing was saved." });
    expect(await prisma.visit.count()).toBe(0);
  });
});
