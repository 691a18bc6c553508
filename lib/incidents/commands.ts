import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly } from "@/lib/nights/local-date";
import type { newIncidentSchema, updateIncidentSchema } from "@/lib/incidents/schemas";

type Fields = z.output<typeof newIncidentSchema>;

function dataOf(input: Fields, today: string) {
  // A register of what happened: nothing in it can be dated after today.
  for (const [field, value] of [["occurredOn", input.occurredOn], ["discoveredOn", input.discoveredOn], ["commissionNotifiedOn", input.commissionNotifiedOn], ["peopleNotifiedOn", input.peopleNotifiedOn]] as const) {
    if (value && value > today) throw new DomainError("validation.dateInFuture", { [field]: "validation.dateInFuture" });
  }
  return {
    occurredOn: dateOnly(input.occurredOn),
    discoveredOn: dateOnly(input.discoveredOn),
    description: input.description,
    dataInvolved: input.dataInvolved,
    peopleAffected: input.peopleAffected,
    risk: input.risk,
    riskAssessment: input.riskAssessment,
    commissionNotifiedOn: input.commissionNotifiedOn ? dateOnly(input.commissionNotifiedOn) : null,
    peopleNotifiedOn: input.peopleNotifiedOn ? dateOnly(input.peopleNotifiedOn) : null,
    notificationsNote: input.notificationsNote,
    measures: input.measures,
  };
}

export async function createIncident(tx: Tx, session: SessionUser, input: Fields, today: string): Promise<string> {
  const incident = await tx.confidentialityIncident.create({ data: { ...dataOf(input, today), createdById: session.userId }, select: { id: true } });
  return incident.id;
}

/** An entry is completed as the assessment and notifications progress; it is never deleted. */
export async function updateIncident(tx: Tx, input: z.output<typeof updateIncidentSchema>, today: string): Promise<void> {
  const { incidentId, ...fields } = input;
  const updated = await tx.confidentialityIncident.updateMany({ where: { id: incidentId }, data: dataOf(fields, today) });
  if (updated.count === 0) throw new NotFoundError();
}
