import "server-only";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { isoDate } from "@/lib/nights/local-date";
import type { IncidentRisk } from "@/lib/generated/prisma/enums";

export type IncidentRow = {
  id: string;
  occurredOn: string;
  discoveredOn: string;
  description: string;
  dataInvolved: string;
  peopleAffected: number;
  risk: IncidentRisk;
  riskAssessment: string | null;
  commissionNotifiedOn: string | null;
  peopleNotifiedOn: string | null;
  notificationsNote: string | null;
  measures: string | null;
};

const select = {
  id: true,
  occurredOn: true,
  discoveredOn: true,
  description: true,
  dataInvolved: true,
  peopleAffected: true,
  risk: true,
  riskAssessment: true,
  commissionNotifiedOn: true,
  peopleNotifiedOn: true,
  notificationsNote: true,
  measures: true,
} as const;

type Selected = { [K in keyof IncidentRow]: K extends "occurredOn" | "discoveredOn" ? Date : K extends "commissionNotifiedOn" | "peopleNotifiedOn" ? Date | null : IncidentRow[K] };

const toRow = (row: Selected): IncidentRow => ({
  ...row,
  occurredOn: isoDate(row.occurredOn),
  discoveredOn: isoDate(row.discoveredOn),
  commissionNotifiedOn: row.commissionNotifiedOn ? isoDate(row.commissionNotifiedOn) : null,
  peopleNotifiedOn: row.peopleNotifiedOn ? isoDate(row.peopleNotifiedOn) : null,
});

function assertIncidents(session: SessionUser) {
  requirePermission(session, "incidents:manage");
}

export async function listIncidents(session: SessionUser): Promise<IncidentRow[]> {
  assertIncidents(session);
  const rows = await prisma.confidentialityIncident.findMany({ orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], select });
  return rows.map(toRow);
}

export async function incident(session: SessionUser, id: string): Promise<IncidentRow | null> {
  assertIncidents(session);
  const row = await prisma.confidentialityIncident.findUnique({ where: { id }, select });
  return row ? toRow(row) : null;
}
