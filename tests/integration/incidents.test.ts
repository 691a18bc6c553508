import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { createIncidentAction, updateIncidentAction } from "@/lib/incidents/actions";
import { listIncidents } from "@/lib/incidents/queries";
import { signedIn } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";

const now = new Date("2026-11-26T20:00:00Z");
const entry = {
  occurredOn: "2026-11-20",
  discoveredOn: "2026-11-21",
  description: "Une liste de présence imprimée a été oubliée dans le métro.",
  dataInvolved: "Pseudonymes et dates de visite",
  peopleAffected: "14",
  risk: "UNDER_ASSESSMENT",
};

describe("the confidentiality incident register", () => {
  let coordinator: SessionUser;
  let staff: SessionUser;
  beforeAll(async () => {
    coordinator = await signedIn(prisma, "COORDINATOR");
    staff = await signedIn(prisma, "STAFF");
  });

  it("records an incident and completes it as the assessment and notices progress", async () => {
    const created = await runAs(prisma, createIncidentAction, coordinator, entry, { now });
    expect(created.ok).toBe(true);
    const incidentId = created.ok ? created.data.incidentId : "";
    const updated = await runAs(
      prisma,
      updateIncidentAction,
      coordinator,
      { ...entry, incidentId, risk: "SERIOUS_RISK", riskAssessment: "Pseudonymes liés au lieu", commissionNotifiedOn: "2026-11-23", peopleNotifiedOn: "2026-11-24", measures: "Plus de listes imprimées." },
      { now },
    );
    expect(updated.ok).toBe(true);
    const [row] = await listIncidents(coordinator);
    expect(row).toMatchObject({ peopleAffected: 14, risk: "SERIOUS_RISK", commissionNotifiedOn: "2026-11-23", measures: "Plus de listes imprimées." });
  });

  it("refuses dates out of order or in the future and negative counts, writing nothing", async () => {
    const before = await prisma.confidentialityIncident.count();
    const cases = [
      [{ ...entry, discoveredOn: "2026-11-19" }, "discoveredOn"],
      [{ ...entry, peopleAffected: "-1" }, "peopleAffected"],
      [{ ...entry, commissionNotifiedOn: "2026-11-20" }, "commissionNotifiedOn"],
      [{ ...entry, occurredOn: "2026-12-01", discoveredOn: "2026-12-02" }, "occurredOn"],
    ] as const;
    for (const [input, field] of cases) {
      const refused = await runAs(prisma, createIncidentAction, coordinator, input, { now });
      expect(refused.ok ? {} : refused.fieldErrors).toHaveProperty(field);
    }
    expect(await prisma.confidentialityIncident.count()).toBe(before);
  });

  it("is the coordinator's alone", async () => {
    const refused = await runAs(prisma, createIncidentAction, staff, entry, { now });
    expect(refused.ok).toBe(false);
    await expect(listIncidents(staff)).rejects.toThrow(/access denied/);
  });
});
