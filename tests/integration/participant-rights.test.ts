import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { annualReport } from "@/lib/reports/annual-report";
import { periodOf } from "@/lib/reports/periods";
import { anonymiseParticipantAction, applyRetentionAction } from "@/lib/participants/actions";
import { participantRecord } from "@/lib/participants/record-export";
import { searchParticipants } from "@/lib/participants/queries";
import { applyRetention, retentionCandidates } from "@/lib/participants/retention";
import { dateOnly } from "@/lib/nights/local-date";
import { signedIn } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";
import { createParticipant } from "@/prisma/seed/factories";

const today = "2026-11-26";
const now = new Date("2026-11-26T23:30:00Z");
const lastYear = periodOf("rolling", { today, fiscalStartMonth: 4 });

// Law 25 on the whole demo centre: every domain links to people (visits, services, items,
// referrals, clinic encounters, workshops, volunteer shifts, bad-date reports).
describe("participant rights", () => {
  let coordinator: SessionUser;
  let health: SessionUser;

  beforeAll(async () => {
    await seedDemoData(prisma, { today: now, timeZone: "America/Montreal" });
    coordinator = await signedIn(prisma, "COORDINATOR", "coordinatrice-test");
    health = await signedIn(prisma, "HEALTH", "sante-test");
  }, 240_000);

  it("anonymises on request without changing a single figure of the report", async () => {
    // The peer whose account is linked to a volunteer record, and a person who reported a bad date.
    const peerVolunteer = await prisma.volunteer.findFirstOrThrow({ where: { user: { isNot: null } }, select: { participantId: true } });
    const regular = await prisma.clinicEncounter.findFirstOrThrow({ where: { participant: { referrals: { some: {} }, intakes: { some: {} } } }, select: { participantId: true } });
    const report = await prisma.violenceReport.findFirstOrThrow({ select: { id: true } });
    await prisma.violenceReport.update({ where: { id: report.id }, data: { reporterId: regular.participantId! } });
    const reporter = { reporterId: regular.participantId };
    const people = [peerVolunteer.participantId, reporter.reporterId!];
    const before = await prisma.participant.findMany({ where: { id: { in: people } }, select: { id: true, code: true, alias: true } });
    const figuresBefore = await annualReport(coordinator, lastYear);

    for (const participantId of people) {
      const refused = await runAs(prisma, anonymiseParticipantAction, coordinator, { participantId, confirm: false });
      expect(refused.ok).toBe(false);
      const done = await runAs(prisma, anonymiseParticipantAction, coordinator, { participantId, confirm: true }, { now });
      expect(done.ok).toBe(true);
    }

    expect(await annualReport(coordinator, lastYear)).toEqual(figuresBefore);
    for (const person of before) {
      const after = await prisma.participant.findUniqueOrThrow({ where: { id: person.id } });
      expect(after).toMatchObject({ alias: "—", aliasSearch: "", pronouns: null, genderIdentity: null, anonymisedAt: now });
      expect(after.code).not.toBe(person.code);
      // Neither the old alias nor the old code finds anyone.
      const staff = { ...coordinator, role: "STAFF" as const };
      expect((await searchParticipants(staff, person.code, { today })).map((hit) => hit.id)).not.toContain(person.id);
      expect((await searchParticipants(staff, person.alias, { today })).map((hit) => hit.id)).not.toContain(person.id);
      expect(await prisma.participantSearchTerm.count({ where: { participantId: person.id } })).toBe(0);
      expect(await prisma.intake.count({ where: { participantId: person.id, note: { not: null } } })).toBe(0);
      expect(await prisma.referral.count({ where: { participantId: person.id, note: { not: null } } })).toBe(0);
      expect(await prisma.clinicEncounter.count({ where: { participantId: person.id, notes: { not: null } } })).toBe(0);
    }
    // Links from elsewhere are broken: the report stays, without its reporter; the account loses its volunteer.
    expect(await prisma.violenceReport.count({ where: { reporterId: reporter.reporterId } })).toBe(0);
    expect(await prisma.user.count({ where: { volunteer: { participantId: peerVolunteer.participantId } } })).toBe(0);

    const again = await runAs(prisma, anonymiseParticipantAction, coordinator, { participantId: people[0], confirm: true });
    expect(again).toMatchObject({ ok: false, error: "This record is already anonymised." });
  });

  it("exports a record with the sections the role may read, and audits it", async () => {
    const person = await prisma.clinicEncounter.findFirstOrThrow({ where: { participantId: { not: null } }, select: { participantId: true } });
    const byCoordinator = await participantRecord(coordinator, person.participantId!, { how: "json", today });
    expect(byCoordinator.visits!.length).toBeGreaterThan(0);
    expect(byCoordinator.intakes).not.toBeNull();
    expect(byCoordinator.clinic).toBeNull(); // health data: exported by the health team
    const byHealth = await participantRecord(health, person.participantId!, { how: "json", today });
    expect(byHealth.clinic!.encounters.length).toBeGreaterThan(0);
    expect(byHealth.intakes).toBeNull(); // needs and notes are not the health team's
    expect(await prisma.auditEvent.count({ where: { action: "participants.export", entityId: person.participantId } })).toBe(2);
    const staff = await signedIn(prisma, "STAFF", "accueil-test");
    await expect(participantRecord(staff, person.participantId!, { how: "json", today })).rejects.toThrow(/access denied/);
  });

  it("anonymises records inactive for the retention period, after a dry run that lists them", async () => {
    const old = await createParticipant(prisma, { code: "OLD7YR", alias: "Ancien", lastVisitDate: dateOnly("2019-03-02"), firstVisitDate: dateOnly("2017-05-01") });
    const candidates = await retentionCandidates(prisma, { today, years: 7 });
    expect(candidates).toEqual([{ id: old.id, code: "OLD7YR", lastSeen: "2019-03-02" }]);
    expect((await prisma.participant.findUniqueOrThrow({ where: { id: old.id } })).alias).toBe("Ancien"); // a dry run changes nothing

    // The button refuses when the list it showed is no longer the list.
    expect((await runAs(prisma, applyRetentionAction, coordinator, { expected: 2 }, { now })).ok).toBe(false);
    const figuresBefore = await annualReport(coordinator, lastYear);
    expect(await runAs(prisma, applyRetentionAction, coordinator, { expected: 1 }, { now })).toMatchObject({ ok: true, data: { count: 1 } });
    expect((await prisma.participant.findUniqueOrThrow({ where: { id: old.id } })).alias).toBe("—");
    expect(await prisma.auditEvent.count({ where: { action: "participants.retention", entityId: old.id } })).toBe(1);
    expect(await annualReport(coordinator, lastYear)).toEqual(figuresBefore);
    expect(await applyRetention(prisma, { today, years: 7, now, actor: null })).toBe(0);
  });
});
