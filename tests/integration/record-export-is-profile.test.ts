import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { participantProfile } from "@/lib/participants/profile";
import { participantRecord, recordSections } from "@/lib/participants/record-export";
import { dateOnly } from "@/lib/nights/local-date";
import { signedIn } from "@/tests/support/sessions";
import { RECORD_MAP } from "@/lib/participants/record-map";
import type { ExportRole } from "@/lib/participants/record-map-types";
import { createClinicEncounter, createIntake, createReferral, createRestriction } from "@/prisma/seed/factories";

const today = "2026-11-26";
const now = new Date("2026-11-26T23:30:00Z");
const MARKER = "zq-self-described-marker";

/** Every leaf of a JSON value as a path ("visits[].services[]"), rows collapsed: the fields, not the rows. */
function fieldPaths(value: unknown, path = ""): Set<string> {
  const paths = new Set<string>();
  const walk = (inner: unknown, at: string) => {
    if (Array.isArray(inner)) {
      if (inner.length === 0) paths.add(`${at}[]`);
      for (const item of inner) walk(item, `${at}[]`);
    } else if (inner !== null && typeof inner === "object") {
      for (const [key, child] of Object.entries(inner)) walk(child, at ? `${at}.${key}` : key);
    } else {
      paths.add(at);
    }
  };
  walk(value, path);
  return paths;
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

// A role's export (JSON download and readable page) holds exactly the fields
// its profile page shows: the health team's export once carried demographics its page withheld.
describe("each role's export is its profile", () => {
  const sessions: Partial<Record<"COORDINATOR" | "STAFF" | "HEALTH" | "PEER", SessionUser>> = {};
  let personId: string;

  beforeAll(async () => {
    await seedDemoData(prisma, { today: now, timeZone: "America/Montreal" });
    sessions.COORDINATOR = await signedIn(prisma, "COORDINATOR", "coordinatrice-test");
    sessions.STAFF = await signedIn(prisma, "STAFF", "accueil-test");
    sessions.HEALTH = await signedIn(prisma, "HEALTH", "sante-test");
    sessions.PEER = await signedIn(prisma, "PEER", "pair-test");

    // A person present in every section of the record: a volunteer with shifts and honoraria,
    // to whom the rest of the centre's domains are added where the demo left them out.
    const volunteer = await prisma.volunteer.findFirstOrThrow({ where: { shifts: { some: { honorariumCents: { gt: 0 } } } }, select: { participantId: true } });
    personId = volunteer.participantId;
    // A regular of two years: more visits than the profile page lists.
    expect(await prisma.visit.count({ where: { participantId: personId } })).toBeGreaterThan(100);
    await prisma.participant.update({ where: { id: personId }, data: { genderIdentity: "SELF_DESCRIBED", genderSelfDescribed: MARKER, birthYear: 1990, pronouns: "iel" } });
    await createIntake(prisma, { participantId: personId, consentScope: "NEEDS", consentDate: dateOnly("2026-10-01"), immediateNeeds: ["FOOD"], housing: "SHELTER", note: "Intake note" });
    await createRestriction(prisma, { participantId: personId, startsOn: dateOnly("2026-11-01"), reason: "Restriction reason" });
    await prisma.participantMerge.create({ data: { survivorId: personId, mergedCode: "MRG23456", mergedAlias: "Former alias", visitsMoved: 2, intakesMoved: 1 } });
    await createReferral(prisma, { participantId: personId, domain: "HOUSING", status: "REFERRED", referredOn: dateOnly("2026-11-10"), note: "Case note" });
    await createReferral(prisma, { participantId: personId, domain: "PHYSICAL_HEALTH", status: "REFERRED", referredOn: dateOnly("2026-11-12"), medical: true, note: "Medical note" });
    const clinicSession = await prisma.clinicSession.findFirstOrThrow({ select: { id: true } });
    await createClinicEncounter(prisma, { sessionId: clinicSession.id, participantId: personId, occurredAt: new Date("2026-11-20T23:00:00Z"), care: [], notes: "Clinic note", otherVaccine: "Other vaccine" });
    const workshop = await prisma.workshop.findFirstOrThrow({ where: { attendees: { none: { participantId: personId } } }, select: { id: true } });
    await prisma.workshopAttendance.create({ data: { workshopId: workshop.id, participantId: personId } });
    const report = await prisma.violenceReport.findFirstOrThrow({ select: { id: true } });
    await prisma.violenceReport.update({ where: { id: report.id }, data: { reporterId: personId } });
  }, 240_000);

  for (const role of ["COORDINATOR", "HEALTH"] as const) {
    it(`${role}: the JSON export and the readable record hold exactly the profile page's fields`, async () => {
      const session = sessions[role]!;
      const page = await participantProfile(session, personId, today);
      expect(page).not.toBeNull();
      const shown = asJson(recordSections(page!));
      for (const how of ["json", "page"] as const) {
        const { exportedAt, ...exported } = asJson(await participantRecord(session, personId, { how, today }));
        expect(typeof exportedAt).toBe("string");
        expect([...fieldPaths(exported)].sort()).toEqual([...fieldPaths(shown)].sort());
        // The page lists the latest 100 visits and says how many there are; the file holds them all.
        const { visits: exportedVisits, ...exportedRest } = exported as { visits: unknown[] };
        const { visits: shownVisits, ...shownRest } = shown as { visits: unknown[] };
        expect(exportedRest).toEqual(shownRest);
        expect(exportedVisits).toHaveLength(page!.visitCount);
        expect(shownVisits).toEqual(exportedVisits.slice(0, Math.min(100, page!.visitCount)));
      }
    });
  }

  it("the person is in every section a role may read, so the comparison covers each of them", async () => {
    const byCoordinator = asJson(await participantRecord(sessions.COORDINATOR!, personId, { how: "json", today }));
    for (const section of ["visits", "intakes", "restrictions", "merges", "referrals", "volunteer", "workshops", "violenceReports"]) {
      expect(byCoordinator[section], section).toEqual(expect.arrayContaining([expect.anything()]));
    }
    const byHealth = asJson(await participantRecord(sessions.HEALTH!, personId, { how: "json", today }));
    expect((byHealth.clinic as { encounters: unknown[] }).encounters.length).toBeGreaterThan(0);
    expect(byHealth.medicalReferrals).toEqual(expect.arrayContaining([expect.objectContaining({ note: "Medical note" })]));
  });

  it("the health team's export carries no demographics, needs or case notes, as its page", async () => {
    const exported = asJson(await participantRecord(sessions.HEALTH!, personId, { how: "json", today }));
    const text = JSON.stringify(exported);
    for (const withheld of [MARKER, "1990", "iel", "Intake note", "Restriction reason", "Case note", "Former alias"]) expect(text).not.toContain(withheld);
    expect(Object.keys(exported.participant as object).sort()).toEqual(["alias", "anonymised", "code", "formerCode", "restricted", "visitCount"]);
    for (const section of ["intakes", "restrictions", "merges", "referrals", "volunteer", "workshops", "violenceReports"]) expect(exported[section], section).toBeNull();
  });

  it("the coordinator's export holds the honoraria and no health data; staff see the file without amounts and export nothing", async () => {
    const exported = asJson(await participantRecord(sessions.COORDINATOR!, personId, { how: "json", today }));
    const shifts = (exported.volunteer as { shifts: { honorariumCents: number | null }[] }[])[0]!.shifts;
    expect(shifts.some((shift) => typeof shift.honorariumCents === "number" && shift.honorariumCents > 0)).toBe(true);
    expect(exported.clinic).toBeNull();
    expect(JSON.stringify(exported)).not.toContain("Clinic note");
    expect((exported.participant as Record<string, unknown>).genderSelfDescribed).toBe(MARKER);

    const staffPage = await participantProfile(sessions.STAFF!, personId, today);
    expect(staffPage!.volunteer![0]!.shifts.every((shift) => shift.honorariumCents === null)).toBe(true);
    expect(staffPage!.clinic).toBeNull();
    await expect(participantRecord(sessions.STAFF!, personId, { how: "json", today })).rejects.toThrow(/access denied/);
    await expect(participantRecord(sessions.PEER!, personId, { how: "json", today })).rejects.toThrow(/access denied/);
    await expect(participantProfile(sessions.PEER!, personId, today)).rejects.toThrow(/access denied/);
  });

  it("every export is an audit row in the exporter's name, and the page's read is not", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "participants.export", entityId: personId } });
    await participantRecord(sessions.HEALTH!, personId, { how: "page", today });
    await participantProfile(sessions.HEALTH!, personId, today);
    const rows = await prisma.auditEvent.findMany({ where: { action: "participants.export", entityId: personId }, orderBy: { at: "desc" }, take: 1 });
    expect(await prisma.auditEvent.count({ where: { action: "participants.export", entityId: personId } })).toBe(before + 1);
    expect(rows[0]).toMatchObject({ actorRole: "HEALTH", detail: "page" });
  });

  // Last: it overwrites the person's texts. The record map declares, column by column, which
  // roles' export carries a text about the person; each column gets its own marker, and each
  // role's export must hold exactly the markers of the columns the map gives it.
  it("each role's export carries exactly the person's texts the record map gives that role", async () => {
    const planted: { marker: string; column: string; roles: readonly ExportRole[] }[] = [];
    for (const [model, entry] of Object.entries(RECORD_MAP)) {
      if (!entry.scope) continue;
      for (const [column, rule] of Object.entries(entry.columns)) {
        if (rule.anonymise.do === "keep" && rule.export.length === 0) continue;
        if (model === "Participant" && column === "aliasSearch") continue; // a sort key, rebuilt from the alias
        const marker = `mk${String(planted.length).padStart(2, "0")}x`;
        const [length] = await prisma.$queryRaw<{ max: number | null }[]>`
          SELECT character_maximum_length AS "max" FROM information_schema.columns WHERE table_name = ${model} AND column_name = ${column}`;
        const updated = await prisma.$executeRawUnsafe(`UPDATE "${model}" SET "${column}" = left($2 || COALESCE("${column}", ''), ${length?.max ?? 1000}) WHERE ${entry.scope}`, personId, marker);
        expect(updated, `${model}.${column}: the person has a row to mark`).toBeGreaterThan(0);
        planted.push({ marker, column: `${model}.${column}`, roles: rule.export });
      }
    }
    expect(planted.length).toBeGreaterThan(15);
    for (const role of ["COORDINATOR", "HEALTH"] as const) {
      const text = JSON.stringify(await participantRecord(sessions[role]!, personId, { how: "json", today }));
      const carried = planted.filter(({ marker }) => text.includes(marker)).map(({ column }) => column);
      const declared = planted.filter(({ roles }) => roles.includes(role)).map(({ column }) => column);
      expect(carried, role).toEqual(declared);
    }
  });
});
