import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { generateCode } from "@/lib/participants/code";
import { normalizeText, searchTermsFor } from "@/lib/participants/search-terms";
import type { IntakeInput, ParticipantFields } from "@/lib/participants/schemas";
import { dateOnly } from "@/lib/nights/local-date";
import { checkIn } from "@/lib/visits/commands";
import { assertNotAnonymised } from "@/lib/participants/not-anonymised";

function fieldsData(fields: ParticipantFields) {
  return {
    alias: fields.alias,
    aliasSearch: normalizeText(fields.alias).slice(0, 40),
    birthYear: fields.birthYear ?? null,
    ageBand: fields.ageBand ?? null,
    genderIdentity: fields.genderIdentity ?? null,
    // A self-description only means something with "self-described".
    genderSelfDescribed: fields.genderIdentity === "SELF_DESCRIBED" ? (fields.genderSelfDescribed ?? null) : null,
    pronouns: fields.pronouns ?? null,
    preferredLanguage: fields.preferredLanguage ?? null,
    heardFrom: fields.heardFrom ?? null,
  };
}

async function writeSearchTerms(tx: Tx, participantId: string, alias: string, code: string, formerCode: string | null = null) {
  await tx.participantSearchTerm.deleteMany({ where: { participantId } });
  await tx.participantSearchTerm.createMany({
    data: searchTermsFor(alias, code, formerCode).map((term) => ({ participantId, term })),
    skipDuplicates: true,
  });
}

/** Keeps only what the person consented to have recorded. */
function consentedIntake(intake: IntakeInput) {
  const withNeeds = intake.consentScope !== "VISITS_ONLY";
  return {
    consentScope: intake.consentScope,
    immediateNeeds: withNeeds ? intake.immediateNeeds : [],
    longTermNeeds: withNeeds ? intake.longTermNeeds : [],
    housing: withNeeds ? (intake.housing ?? null) : null,
    note: intake.consentScope === "NEEDS_AND_NOTES" ? (intake.note ?? null) : null,
  };
}

export async function createParticipant(
  tx: Tx,
  session: SessionUser,
  input: ParticipantFields & { intake: IntakeInput; checkInNightId?: string | null },
  now: Date,
  today: string,
): Promise<{ participantId: string; code: string; visitId: string | null }> {
  let code = generateCode();
  // 33 million codes: a clash is rare, but two in a row is rarer still than a bad day.
  for (let attempt = 0; await tx.participant.findUnique({ where: { code }, select: { id: true } }); attempt++) {
    if (attempt > 10) throw new Error("could not find a free participant code");
    code = generateCode();
  }
  const participant = await tx.participant.create({ data: { code, ...fieldsData(input) }, select: { id: true } });
  await writeSearchTerms(tx, participant.id, input.alias, code);
  await tx.intake.create({
    data: {
      participantId: participant.id,
      recordedAt: now,
      recordedById: session.userId,
      consentDate: dateOnly(today),
      ...consentedIntake(input.intake),
    },
  });
  const visit = input.checkInNightId ? await checkIn(tx, session, input.checkInNightId, participant.id, now) : null;
  return { participantId: participant.id, code, visitId: visit?.visitId ?? null };
}

export async function updateParticipant(tx: Tx, participantId: string, fields: ParticipantFields) {
  await assertNotAnonymised(tx, participantId);
  const participant = await tx.participant.findUnique({ where: { id: participantId }, select: { code: true, formerCode: true } });
  if (!participant) throw new NotFoundError();
  await tx.participant.update({ where: { id: participantId }, data: fieldsData(fields) });
  await writeSearchTerms(tx, participantId, fields.alias, participant.code, participant.formerCode);
}

export async function recordIntake(tx: Tx, session: SessionUser, participantId: string, intake: IntakeInput, now: Date, today: string) {
  await assertNotAnonymised(tx, participantId);
  const created = await tx.intake.create({
    data: { participantId, recordedAt: now, recordedById: session.userId, consentDate: dateOnly(today), ...consentedIntake(intake) },
    select: { id: true },
  });
  return created.id;
}

export async function addRestriction(
  tx: Tx,
  session: SessionUser,
  input: { participantId: string; startsOn: string; endsOn?: string | null; reason: string },
) {
  await assertNotAnonymised(tx, input.participantId);
  const created = await tx.restriction.create({
    data: {
      participantId: input.participantId,
      startsOn: dateOnly(input.startsOn),
      endsOn: input.endsOn ? dateOnly(input.endsOn) : null,
      reason: input.reason,
      createdById: session.userId,
    },
    select: { id: true },
  });
  return created.id;
}

export async function endRestriction(tx: Tx, restrictionId: string, endsOn: string) {
  const restriction = await tx.restriction.findUnique({ where: { id: restrictionId }, select: { startsOn: true, participantId: true } });
  if (!restriction) throw new NotFoundError();
  await assertNotAnonymised(tx, restriction.participantId);
  if (dateOnly(endsOn) < restriction.startsOn) throw new DomainError("validation.endBeforeStart", { endsOn: "validation.endBeforeStart" });
  await tx.restriction.update({ where: { id: restrictionId }, data: { endsOn: dateOnly(endsOn) } });
  return restriction.participantId;
}
