import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { createViolenceReportAction } from "@/lib/violence/actions";
import { alertSheet, listViolenceReports } from "@/lib/violence/reports";
import { normalizePhone, normalizePlate } from "@/lib/violence/identifiers";
import { createParticipantAction } from "@/lib/participants/actions";
import { freshCentre, signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { resetDatabase } from "@/tests/support/reset-database";

const report = {
  occurredOn: "2026-11-20",
  timeFrom: "23:00",
  timeTo: "23:45",
  area: "Coin Ontario et Saint-Hubert",
  types: ["PHYSICAL", "REFUSED_TO_PAY"],
  aggressorDescription: "Homme, 40 ans environ, manteau rouge",
  vehicleDescription: "Berline grise",
  plate: "FXY 123",
  phone: "+1 (514) 555-0199",
  reportedToPolice: false,
  thirdPartyReport: true,
  consentToShare: true,
};

describe("violence (bad date) reports", () => {
  let staff: SessionUser, peer: SessionUser, health: SessionUser;

  beforeEach(async () => {
    ({ staff, peer, health } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER", health: "HEALTH" }));
  });

  it("never stores a plate or a phone number in clear: the table holds keyed hashes and last characters", async () => {
    expect((await runAs(prisma, createViolenceReportAction, staff, report)).ok).toBe(true);
    const [row] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "ViolenceReport"`);
    const everything = JSON.stringify(row);
    expect(everything).not.toMatch(/FXY ?123|5145550199|555-0199/i);
    expect(row).toMatchObject({ plateHint: "123", phoneHint: "199" });
    expect(row!.plateHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.phoneHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("flags a new report that matches an earlier one by plate or by phone, however they were typed", async () => {
    await runAs(prisma, createViolenceReportAction, staff, report);
    const samePlate = await runAs(prisma, createViolenceReportAction, staff, { ...report, occurredOn: "2026-11-25", plate: "fxy-123", phone: "" });
    expect(samePlate).toMatchObject({ ok: true, data: { repeats: 1 } });
    const samePhone = await runAs(prisma, createViolenceReportAction, staff, { ...report, occurredOn: "2026-11-26", plate: "", phone: "514.555.0199" });
    expect(samePhone).toMatchObject({ ok: true, data: { repeats: 1 } });
    const stranger = await runAs(prisma, createViolenceReportAction, staff, { ...report, plate: "ZZZ 999", phone: "" });
    expect(stranger).toMatchObject({ ok: true, data: { repeats: 0 } });
    const listed = await listViolenceReports(health);
    expect(listed.filter((row) => row.repeats.length > 0)).toHaveLength(3);
  });

  it("refuses no type of violence, an unusable plate or phone, and an unknown reporter code, writing nothing", async () => {
    const noType = await runAs(prisma, createViolenceReportAction, staff, { ...report, types: [] });
    expect(noType).toMatchObject({ ok: false, fieldErrors: { types: "Choose at least one type of violence." } });
    expect((await runAs(prisma, createViolenceReportAction, staff, { ...report, plate: "--" })).ok).toBe(false);
    expect((await runAs(prisma, createViolenceReportAction, staff, { ...report, phone: "12" })).ok).toBe(false);
    expect((await runAs(prisma, createViolenceReportAction, staff, { ...report, reporterCode: "ZZZZZZ" })).ok).toBe(false);
    expect((await runAs(prisma, createViolenceReportAction, health, report)).ok).toBe(false);
    expect((await runAs(prisma, createViolenceReportAction, peer, report)).ok).toBe(false);
    expect(await prisma.violenceReport.count()).toBe(0);
    expect(normalizePlate("é-1")).toBe("E1");
    expect(normalizePhone("1-514-555-0100")).toBe("5145550100");
  });

  it("posts consented reports of the period on the alert sheet without the reporter, which a peer may read", async () => {
    const person = await runAs(prisma, createParticipantAction, staff, quickIntake("Signalante"));
    const code = person.ok ? person.data.code : "";
    await runAs(prisma, createViolenceReportAction, staff, { ...report, reporterCode: code });
    await runAs(prisma, createViolenceReportAction, staff, { ...report, consentToShare: false, area: "Parc privé" });
    await runAs(prisma, createViolenceReportAction, staff, { ...report, occurredOn: "2026-09-01", area: "Trop ancien" });
    const sheet = await alertSheet(peer, { from: "2026-11-01", to: "2026-11-30" });
    expect(sheet.map((row) => row.area)).toEqual([report.area]);
    expect(JSON.stringify(sheet)).not.toMatch(/Signalante|reporter|Hash/);
    await expect(listViolenceReports(peer)).rejects.toThrow(/access denied/);
    expect(await prisma.auditEvent.count({ where: { action: "violence.alert-sheet", actorId: peer.userId } })).toBe(1);
    const forStaff = await listViolenceReports(staff);
    expect(forStaff.find((row) => row.reporter)?.reporter?.alias).toBe("Signalante");
    expect(await prisma.auditEvent.count({ where: { action: "violence.list", actorId: staff.userId } })).toBe(1);
  });
});

describe("comparing lists with another organisation", () => {
  it("exports hashes and descriptions only, and an imported list flags our matching reports", async () => {
    await resetDatabase(prisma);
    const { exportSharedList } = await import("@/lib/violence/shared-lists");
    const { importSharedListAction } = await import("@/lib/violence/actions");
    const staff = await signedIn(prisma, "STAFF");
    const health = await signedIn(prisma, "HEALTH");
    await runAs(prisma, createViolenceReportAction, staff, report);
    await runAs(prisma, createViolenceReportAction, staff, { ...report, area: "Secteur privé", plate: "PRIV 42", phone: "", consentToShare: false });

    const list = await exportSharedList(staff);
    expect(list.entries).toHaveLength(1); // only the consented report
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/FXY|5145550199|Ontario|2026-11|reporter/);
    expect(list.entries[0]).toMatchObject({ plateHash: expect.stringMatching(/^[0-9a-f]{64}$/), aggressorDescription: report.aggressorDescription });
    expect(await prisma.auditEvent.count({ where: { action: "violence.export" } })).toBe(1);
    await expect(exportSharedList(health)).rejects.toThrow(/access denied/);

    // The other organisation uses the same agreed key: its list matches our report.
    const imported = await runAs(prisma, importSharedListAction, staff, { source: "Organisme partenaire", content: text });
    expect(imported).toMatchObject({ ok: true, data: { entries: 1, matches: 1 } });
    const listed = await listViolenceReports(staff);
    expect(listed.find((row) => row.area === report.area)?.elsewhere).toEqual(["Organisme partenaire"]);
    // Importing again replaces that source's entries rather than doubling them.
    await runAs(prisma, importSharedListAction, staff, { source: "Organisme partenaire", content: text });
    expect(await prisma.externalAggressorEntry.count()).toBe(1);

    const garbage = await runAs(prisma, importSharedListAction, staff, { source: "X org", content: '{"format":"other","entries":[]}' });
    expect(garbage).toMatchObject({ ok: false, fieldErrors: { content: "This file is not a Halte shared list." } });
    expect((await runAs(prisma, importSharedListAction, health, { source: "X org", content: text })).ok).toBe(false);
    expect(await prisma.externalAggressorEntry.count()).toBe(1);
  });
});
