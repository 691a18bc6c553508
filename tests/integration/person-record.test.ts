import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openStaffSession, resolveStaffSession } from "@/lib/auth/staff-sessions";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { annualReport } from "@/lib/reports/annual-report";
import { funderLabeller, funderReport } from "@/lib/reports/funder-report";
import { periodOf, PERIOD_KINDS } from "@/lib/reports/periods";
import { clinicFigures } from "@/lib/clinic/figures";
import { outreachFigures, volunteerFigures, workshopFigures } from "@/lib/programs/figures";
import {
  addRestrictionAction,
  anonymiseParticipantAction,
  mergeParticipantsAction,
  recordIntakeAction,
  updateParticipantAction,
} from "@/lib/participants/actions";
import { createReferralAction } from "@/lib/referrals/actions";
import { checkInAction } from "@/lib/visits/actions";
import { RECORD_MAP } from "@/lib/participants/record-map";
import { generateCode } from "@/lib/participants/code";
import { searchTermsFor } from "@/lib/participants/search-terms";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { signedIn } from "@/tests/support/sessions";
import { createClinicEncounter, createDistribution, createIntake, createReferral, createRestriction, createStaffUser } from "@/prisma/seed/factories";
import { runAs } from "@/tests/support/front-desk";
import { translatorFor } from "@/tests/support/translator";
import { testNow, testToday } from "@/tests/support/test-clock";

// A person's whole record on the whole demo centre: merging loses nothing, anonymising leaves
// nothing, and an anonymised record is final. Figures are taken with the report functions the
// pages use; rows are counted in every table of the database.

const today = testToday();
let coordinator: SessionUser;
let health: SessionUser;
let staff: SessionUser;

async function tables(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS "name" FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  return rows.map((row) => row.name);
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tables()) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row!.n;
  }
  return counts;
}

/** Every table's content (AuditEvent aside), to prove a refusal wrote nothing. */
async function contents(): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const table of await tables()) {
    if (table === "AuditEvent") continue;
    const [row] = await prisma.$queryRawUnsafe<{ f: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS f FROM "${table}" t`);
    fingerprint[table] = row!.f ?? "";
  }
  return fingerprint;
}

function difference(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(after).filter((table) => after[table] !== before[table]).map((table) => [table, after[table]! - (before[table] ?? 0)]));
}

/** Every figure the centre publishes or reads: the annual report of every period kind (coordinator and health team), the funder export and the programs' figures. */
async function allFigures() {
  const label = funderLabeller(translatorFor("en"), (month) => month);
  const periods = PERIOD_KINDS.map((kind) => periodOf(kind, { today, fiscalStartMonth: 4 }));
  const range = { from: periods[0]!.from, to: periods[0]!.to };
  return {
    annual: await Promise.all(periods.map((period) => annualReport(coordinator, period))),
    health: await Promise.all(periods.map((period) => annualReport(health, period))),
    funder: await Promise.all(periods.map((period) => funderReport(coordinator, period, "page", label, "en"))),
    workshops: await workshopFigures(coordinator, range),
    volunteers: await volunteerFigures(coordinator, range),
    outreach: await outreachFigures(coordinator, range),
    clinic: await clinicFigures(prisma, health, range),
  };
}

/** What each of these people has, table by table, counted through the record (rows, not ids). */
async function holdings(people: string[]) {
  const ids = people.map((id) => `'${id}'::uuid`).join(", ");
  return prisma.$queryRawUnsafe<Record<string, unknown>[]>(`
    SELECT p."id",
      (SELECT count(*) FROM "Visit" v WHERE v."participantId" = p."id")::int AS visits,
      (SELECT count(*) FROM "VisitService" s JOIN "Visit" v ON v."id" = s."visitId" WHERE v."participantId" = p."id")::int AS services,
      (SELECT count(*) FROM "Distribution" d JOIN "Visit" v ON v."id" = d."visitId" WHERE v."participantId" = p."id")::int AS items,
      (SELECT min(v."checkedInAt") FROM "Visit" v WHERE v."participantId" = p."id" AND v."firstVisit") AS "firstVisit",
      p."firstVisitDate", p."lastVisitDate",
      (SELECT count(*) FROM "Intake" i WHERE i."participantId" = p."id")::int AS intakes,
      (SELECT count(*) FROM "Restriction" r WHERE r."participantId" = p."id")::int AS restrictions,
      (SELECT count(*) FROM "Referral" r WHERE r."participantId" = p."id")::int AS referrals,
      (SELECT count(*) FROM "ClinicEncounter" e WHERE e."participantId" = p."id")::int AS encounters,
      (SELECT count(*) FROM "ViolenceReport" r WHERE r."reporterId" = p."id")::int AS reports,
      (SELECT count(*) FROM "WorkshopAttendance" a WHERE a."participantId" = p."id")::int AS workshops,
      (SELECT row(v."tier", v."consentOn", v."active")::text FROM "Volunteer" v WHERE v."participantId" = p."id") AS volunteer,
      (SELECT count(*) FROM "VolunteerShift" s JOIN "Volunteer" v ON v."id" = s."volunteerId" WHERE v."participantId" = p."id")::int AS shifts,
      (SELECT sum(s."honorariumCents") FROM "VolunteerShift" s JOIN "Volunteer" v ON v."id" = s."volunteerId" WHERE v."participantId" = p."id")::int AS honoraria,
      (SELECT count(*) FROM "VolunteerTraining" t JOIN "Volunteer" v ON v."id" = t."volunteerId" WHERE v."participantId" = p."id")::int AS trainings,
      (SELECT count(*) FROM "VolunteerTierChange" t JOIN "Volunteer" v ON v."id" = t."volunteerId" WHERE v."participantId" = p."id")::int AS "tierChanges",
      (SELECT count(*) FROM "User" u JOIN "Volunteer" v ON v."id" = u."volunteerId" WHERE v."participantId" = p."id")::int AS accounts
    FROM "Participant" p WHERE p."id" IN (${ids}) ORDER BY p."id"`);
}

/**
 * Makes a duplicate of a person, as the front desk does when it registers someone a second time:
 * part of the history is recorded on the duplicate (every other visit, intake, restriction,
 * referral, encounter, bad-date report; one visit of a night both records came to; a workshop
 * both records attended), and the volunteer file is split in two, or moved whole, or its account
 * moved to the duplicate's file, by turns. The merge must give the original back exactly.
 */
async function splitOff(personId: string, turn: number): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const person = await tx.participant.findUniqueOrThrow({ where: { id: personId } });
    let code = generateCode();
    while (await tx.participant.count({ where: { code } })) code = generateCode();
    const { id: _id, code: _code, ...fields } = person;
    const duplicate = await tx.participant.create({ data: { ...fields, code }, select: { id: true } });
    await tx.participantSearchTerm.createMany({ data: searchTermsFor(person.alias, code).map((term) => ({ participantId: duplicate.id, term })), skipDuplicates: true });
    const everyOther = async (table: string, column: string) => {
      await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "${column}" = $2::uuid WHERE "id" IN (
           SELECT "id" FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "${table}" WHERE "${column}" = $1::uuid) s WHERE n % 2 = 0)`,
        personId,
        duplicate.id,
      );
    };
    // A night both came to: the duplicate's visit has one of the services and the items.
    const shared = await tx.visit.findFirst({ where: { participantId: personId, services: { some: {} } }, orderBy: { checkedInAt: "desc" }, include: { services: true } });
    if (shared) {
      const twin = await tx.visit.create({ data: { nightId: shared.nightId, participantId: duplicate.id, checkedInAt: shared.checkedInAt, checkedInById: shared.checkedInById }, select: { id: true } });
      await tx.visitService.update({ where: { id: shared.services[0]!.id }, data: { visitId: twin.id } });
      await tx.distribution.updateMany({ where: { visitId: shared.id }, data: { visitId: twin.id } });
    }
    await tx.$executeRawUnsafe(
      `UPDATE "Visit" SET "participantId" = $2::uuid WHERE "id" IN (
         SELECT "id" FROM (SELECT "id", row_number() OVER (ORDER BY "checkedInAt") AS n FROM "Visit" WHERE "participantId" = $1::uuid AND "id" <> $3::uuid) s WHERE n % 2 = 0)`,
      personId,
      duplicate.id,
      shared?.id ?? personId,
    );
    await everyOther("Intake", "participantId");
    await everyOther("Restriction", "participantId");
    await everyOther("Referral", "participantId");
    await everyOther("ClinicEncounter", "participantId");
    await everyOther("ViolenceReport", "reporterId");
    // The first workshop moves to the duplicate; the others both records attended.
    const attended = await tx.workshopAttendance.findMany({ where: { participantId: personId }, orderBy: { workshopId: "asc" } });
    for (const [index, attendance] of attended.entries()) {
      if (index === 0) await tx.workshopAttendance.update({ where: { workshopId_participantId: attendance }, data: { participantId: duplicate.id } });
      else await tx.workshopAttendance.create({ data: { workshopId: attendance.workshopId, participantId: duplicate.id } });
    }
    const file = await tx.volunteer.findUnique({ where: { participantId: personId }, include: { user: true } });
    if (file && turn % 3 === 1) {
      await tx.volunteer.update({ where: { id: file.id }, data: { participantId: duplicate.id } }); // only the duplicate has a file
    } else if (file) {
      // Two files: the duplicate's began later, and holds every other tier change, training and shift.
      const later = new Date(file.consentOn.getTime() + 10 * 86_400_000);
      const second = await tx.volunteer.create({ data: { participantId: duplicate.id, consentOn: later, tier: file.tier, active: file.active, createdById: file.createdById }, select: { id: true } });
      for (const table of ["VolunteerTierChange", "VolunteerTraining", "VolunteerShift"]) {
        await tx.$executeRawUnsafe(
          `UPDATE "${table}" SET "volunteerId" = $2::uuid WHERE "id" IN (
             SELECT "id" FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "${table}" WHERE "volunteerId" = $1::uuid) s WHERE n % 2 = 0)`,
          file.id,
          second.id,
        );
      }
      if (file.user && turn % 3 === 0) await tx.user.update({ where: { id: file.user.id }, data: { volunteerId: second.id } });
      // Each file's tier is its own latest change, as the app keeps it.
      for (const id of [file.id, second.id]) {
        const latest = await tx.volunteerTierChange.findFirst({ where: { volunteerId: id }, orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }] });
        if (latest) await tx.volunteer.update({ where: { id }, data: { tier: latest.tier } });
      }
    }
    return duplicate.id;
  });
}

describe("a person's whole record", () => {
  beforeAll(async () => {
    await seedDemoData(prisma, { today: testNow(), timeZone: "America/Montreal" });
    coordinator = await signedIn(prisma, "COORDINATOR", "coordinatrice-record");
    health = await signedIn(prisma, "HEALTH", "sante-record");
    staff = await signedIn(prisma, "STAFF", "accueil-record");
  }, 300_000);

  it("merges 20 duplicates on the demo centre without changing a figure or losing a row", async () => {
    // Every volunteer file (those with an account first), people who attended workshops, regulars with a full history.
    const volunteers = await prisma.volunteer.findMany({ orderBy: [{ user: { id: "asc" } }, { id: "asc" }], select: { participantId: true } });
    const attendees = await prisma.workshopAttendance.findMany({ distinct: ["participantId"], orderBy: { participantId: "asc" }, select: { participantId: true } });
    const regulars = await prisma.participant.findMany({
      where: { intakes: { some: {} }, referrals: { some: {} }, clinicEncounters: { some: {} } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const people = [...new Set([...volunteers.map((row) => row.participantId).slice(0, 8), ...attendees.map((row) => row.participantId).slice(0, 6), ...regulars.map((row) => row.id)])].slice(0, 20);
    expect(people).toHaveLength(20);
    const volunteersWithAccount = await prisma.volunteer.count({ where: { participantId: { in: people }, user: { isNot: null } } });
    expect(volunteersWithAccount).toBeGreaterThan(0);
    expect(await prisma.workshopAttendance.count({ where: { participantId: { in: people } } })).toBeGreaterThan(6);

    const originalFigures = await allFigures();
    const originalRows = await rowCounts();
    const originalHoldings = await holdings(people);

    const duplicates: string[] = [];
    for (const [turn, person] of people.entries()) duplicates.push(await splitOff(person, turn));
    const splitRows = await rowCounts();
    // The split did move history: the duplicates hold visits, attendance and volunteer files.
    const split = await holdings(duplicates);
    expect(split.reduce((sum, row) => sum + (row.visits as number), 0)).toBeGreaterThan(20);
    expect(split.filter((row) => row.volunteer !== null).length).toBeGreaterThanOrEqual(3);
    expect(split.reduce((sum, row) => sum + (row.workshops as number), 0)).toBeGreaterThan(6);

    const audited = await prisma.auditEvent.count();
    for (const [index, person] of people.entries()) {
      const result = await runAs(prisma, mergeParticipantsAction, staff, { survivorId: person, mergedId: duplicates[index] });
      expect(result, `merge ${index}`).toMatchObject({ ok: true });
    }
    expect(await prisma.auditEvent.count()).toBe(audited + 20);

    expect(await allFigures()).toEqual(originalFigures);
    expect(await holdings(people)).toEqual(originalHoldings);
    const mergedRows = await rowCounts();
    // Every row is where it was, but for the review rows of the merges, the old codes kept as
    // search terms and the audit rows (merges and the funder exports taken for the comparison).
    const { AuditEvent: auditRows, ...changed } = difference(originalRows, mergedRows);
    expect(changed).toEqual({ ParticipantMerge: 20, ParticipantSearchTerm: 20 });
    expect(auditRows).toBe(20 + PERIOD_KINDS.length); // the funder exports after the merges (the first ones came before the count)
    process.stdout.write(
      `[person-record] merged ${people.length} pairs (${volunteersWithAccount} files with an account); rows before the merges vs after: ${JSON.stringify(difference(splitRows, mergedRows))}\n`,
    );
  });

  it("anonymises a person so that a marker planted in every text the map links to them is found nowhere, figures unchanged", async () => {
    const MARKER = "QZ7MK";
    const file = await prisma.volunteer.findFirstOrThrow({ where: { user: { isNot: null }, participant: { anonymisedAt: null } }, include: { user: true } });
    const personId = file.participantId;
    const peer = file.user!;
    // Whatever the person lacks, they get, so that every mapped table has a row of theirs.
    const encounter = await prisma.clinicEncounter.findFirstOrThrow({ select: { sessionId: true } });
    await createClinicEncounter(prisma, { sessionId: encounter.sessionId, participantId: personId, occurredAt: testNow(), otherVaccine: "x", notes: "x" });
    const visit = await prisma.visit.findFirstOrThrow({ where: { participantId: personId } });
    const item = await prisma.catalogueItem.findFirstOrThrow({ where: { sizes: { isEmpty: true } } });
    await createDistribution(prisma, { visitId: visit.id, itemId: item.id, quantity: 1, overrideReason: "x" });
    await createRestriction(prisma, { participantId: personId, startsOn: new Date(`${today}T00:00:00Z`), reason: "x" });
    await createReferral(prisma, { participantId: personId, domain: "HOUSING", referredOn: new Date(`${today}T00:00:00Z`), note: "x" });
    await createIntake(prisma, { participantId: personId, consentScope: "NEEDS_AND_NOTES", consentDate: new Date(`${today}T00:00:00Z`), note: "x" });
    await prisma.volunteerTraining.create({ data: { volunteerId: file.id, kind: "OTHER", label: "x", takenOn: new Date(`${today}T00:00:00Z`) } });
    await prisma.volunteerShift.create({ data: { volunteerId: file.id, date: new Date(`${today}T00:00:00Z`), activity: "OTHER", minutes: 30, note: "x" } });
    await prisma.volunteerTierChange.updateMany({ where: { volunteerId: file.id }, data: { note: "x" } });
    await prisma.participantMerge.create({ data: { survivorId: personId, mergedCode: `${MARKER}M`, mergedAlias: `${MARKER} old`, visitsMoved: 0, intakesMoved: 0 } });
    const report = await prisma.violenceReport.findFirstOrThrow({ select: { id: true } });
    await prisma.violenceReport.update({ where: { id: report.id }, data: { reporterId: personId } });

    // The alias through the app, as a coordinator would type it (audit rows, search terms).
    const edited = await runAs(prisma, updateParticipantAction, coordinator, { participantId: personId, alias: `${MARKER} Alias`, genderIdentity: "SELF_DESCRIBED", genderSelfDescribed: `${MARKER} self`, pronouns: `${MARKER}` });
    expect(edited.ok).toBe(true);
    // Every column the map clears or replaces, for this person's rows, holds the marker.
    let planted = 0;
    for (const [model, entry] of Object.entries(RECORD_MAP)) {
      if (!entry.scope) continue;
      for (const [column, rule] of Object.entries(entry.columns)) {
        if (!["clear", "placeholder", "replace"].includes(rule.anonymise.do)) continue;
        const [length] = await prisma.$queryRaw<{ max: number | null }[]>`
          SELECT character_maximum_length AS "max" FROM information_schema.columns WHERE table_name = ${model} AND column_name = ${column}`;
        const updated = await prisma.$executeRawUnsafe(`UPDATE "${model}" SET "${column}" = left($2 || COALESCE("${column}", ''), ${length?.max ?? 1000}) WHERE ${entry.scope}`, personId, model === "Participant" && column === "aliasSearch" ? MARKER.toLowerCase() : MARKER);
        expect(updated, `${model}.${column}`).toBeGreaterThan(0);
        planted++;
      }
    }
    // The person's account, a form's stored result and the sign-in throttle quote them too.
    const code = (await prisma.participant.findUniqueOrThrow({ where: { id: personId } })).code;
    expect(code.startsWith(MARKER)).toBe(true);
    await prisma.user.update({ where: { id: peer.id }, data: { username: `${MARKER.toLowerCase()}-peer`, displayName: `${MARKER} Peer` } });
    await expect(attemptSignIn({ username: `${MARKER.toLowerCase()}-peer`, password: "not the password at all" })).rejects.toThrow();
    expect(await prisma.signInThrottle.count({ where: { key: `user:${MARKER.toLowerCase()}-peer` } })).toBe(1);
    await prisma.submission.create({ data: { id: crypto.randomUUID(), action: "participants.create", result: { data: { participantId: personId, code }, messageKey: null } } });
    await prisma.user.update({ where: { id: peer.id }, data: { passwordHash: `${MARKER}-hash` } });
    planted += 5; // User.username, User.displayName, User.passwordHash, SignInThrottle.key, Submission.result
    const peerSession = await openStaffSession(peer.id);
    expect(await resolveStaffSession(peerSession)).not.toBeNull();

    const markedRows = async () => {
      let rows = 0;
      for (const table of await tables()) {
        const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" t WHERE t::text ILIKE $1`, `%${MARKER}%`);
        rows += row!.n;
      }
      return rows;
    };
    const markedBefore = await markedRows();
    expect(markedBefore).toBeGreaterThan(planted); // the search does see the marker where it is

    const figuresBefore = await allFigures();
    const done = await runAs(prisma, anonymiseParticipantAction, coordinator, { participantId: personId, confirm: true });
    expect(done.ok).toBe(true);

    for (const table of await tables()) {
      const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" t WHERE t::text ILIKE $1`, `%${MARKER}%`);
      expect(row!.n, table).toBe(0);
    }
    const found = await markedRows();
    expect(found).toBe(0);
    // The PEER account is over: signed out, disabled, no longer tied to the file.
    expect(await resolveStaffSession(peerSession)).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: peer.id } })).toMatchObject({ disabled: true, volunteerId: null, displayName: "—" });
    // The "other" vaccine still counts; every figure is the same (the funder exports add their audit rows only).
    const after = await allFigures();
    expect(after).toEqual(figuresBefore);
    process.stdout.write(`[person-record] anonymisation: ${planted} text columns planted with the marker (${markedBefore} rows held it), found in ${found} rows of ${(await tables()).length} tables\n`);
  });

  it("refuses self-merge, merging an anonymised record, a second anonymisation and any write to an anonymised record, writing only the audit row", async () => {
    const anonymised = await prisma.participant.findFirstOrThrow({ where: { anonymisedAt: { not: null } }, select: { id: true } });
    const known = await prisma.participant.findFirstOrThrow({ where: { anonymisedAt: null, visits: { some: {} } }, select: { id: true } });
    const night = await prisma.night.findFirstOrThrow({ orderBy: { date: "desc" } });
    // Two volunteer files, each with its peer's account: one person cannot keep two sign-ins.
    const files = await prisma.volunteer.findMany({ where: { participant: { anonymisedAt: null } }, take: 2, orderBy: { id: "asc" } });
    for (const [index, file] of files.entries()) {
      const account = await createStaffUser(prisma, { username: `pair-peer-${index}`, role: "PEER", password: "a long enough password" });
      await prisma.user.update({ where: { id: account.id }, data: { volunteerId: file.id } });
    }
    const before = await contents();
    const audited = await prisma.auditEvent.count();

    const attempts: [string, Awaited<ReturnType<typeof runAs>>, string][] = [
      ["self-merge", await runAs(prisma, mergeParticipantsAction, staff, { survivorId: known.id, mergedId: known.id }), "A participant cannot be merged into themselves."],
      ["merge anonymised in", await runAs(prisma, mergeParticipantsAction, staff, { survivorId: known.id, mergedId: anonymised.id }), "An anonymised record cannot be merged"],
      ["merge into anonymised", await runAs(prisma, mergeParticipantsAction, staff, { survivorId: anonymised.id, mergedId: known.id }), "An anonymised record cannot be merged"],
      ["two accounts", await runAs(prisma, mergeParticipantsAction, staff, { survivorId: files[0]!.participantId, mergedId: files[1]!.participantId }), "Both records have a peer account."],
      ["anonymise twice", await runAs(prisma, anonymiseParticipantAction, coordinator, { participantId: anonymised.id, confirm: true }), "This record is already anonymised."],
      ["edit", await runAs(prisma, updateParticipantAction, staff, { participantId: anonymised.id, alias: "Someone again" }), "This record is anonymised"],
      ["intake", await runAs(prisma, recordIntakeAction, staff, { participantId: anonymised.id, consentScope: "NEEDS_AND_NOTES", immediateNeeds: ["FOOD"], longTermNeeds: [], note: "back" }), "This record is anonymised"],
      ["restriction", await runAs(prisma, addRestrictionAction, staff, { participantId: anonymised.id, startsOn: today, reason: "threat" }), "This record is anonymised"],
      ["referral", await runAs(prisma, createReferralAction, staff, { participantId: anonymised.id, domain: "HOUSING", partnerId: "", referredOn: today, followUpOn: "", note: "again" }), "This record is anonymised"],
      ["check-in", await runAs(prisma, checkInAction, staff, { nightId: night.id, participantId: anonymised.id }), "This record is anonymised"],
    ];
    for (const [what, result, message] of attempts) {
      expect(result.ok, what).toBe(false);
      // The message is the form's, or the field's (a self-merge is refused by the schema, on the code field).
      expect(result.ok ? "" : [result.error, ...Object.values(result.fieldErrors ?? {})].join(" "), what).toContain(message);
    }
    // In French too.
    const french = await runAs(prisma, checkInAction, staff, { nightId: night.id, participantId: anonymised.id }, { locale: "fr" });
    expect(french).toMatchObject({ ok: false, error: expect.stringContaining("Ce dossier est anonymisé") });

    // A history row forgotten by a merge cannot be deleted with its record: the database refuses.
    await expect(prisma.participant.delete({ where: { id: known.id } })).rejects.toThrow();

    expect(await contents()).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(audited + attempts.length + 1);
    expect(await prisma.auditEvent.count({ where: { outcome: "FAILURE", detail: "errors.anonymisedRecord" } })).toBeGreaterThanOrEqual(6);
  });
});
