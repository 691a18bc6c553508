import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { codeTerm, formerCodeTerms } from "@/lib/participants/search-terms";
import { movedRelations } from "@/lib/participants/record-map";

/**
 * Two records turned out to be one person: everything moves to the survivor and the other record
 * disappears, leaving a ParticipantMerge row to review. What moves, and by which rule, is the
 * record map's (record-map.ts): its "move" relations are re-pointed generically, the combined ones
 * below (visits of the same night, attendances of the same workshop, two volunteer files). The
 * history relations are `onDelete: Restrict`, so a relation forgotten here makes the final delete
 * fail and the whole merge roll back instead of losing rows. The old code still finds the survivor.
 * Runs in the caller's transaction: all of it or nothing.
 */
export async function mergeParticipants(tx: Tx, session: SessionUser, survivorId: string, mergedId: string) {
  if (survivorId === mergedId) throw new DomainError("errors.mergeIntoItself", { mergedId: "errors.mergeIntoItself" });
  // Both rows locked, in a fixed order so that two merges of the same pair cannot deadlock.
  const rows = await tx.$queryRaw<{ id: string; code: string; alias: string; formerCode: string | null; importedAt: Date | null; anonymised: boolean }[]>`
    SELECT "id"::text AS "id", "code", "alias", "formerCode", "importedAt", "anonymisedAt" IS NOT NULL AS "anonymised"
    FROM "Participant" WHERE "id" IN (${survivorId}::uuid, ${mergedId}::uuid) ORDER BY "id" FOR UPDATE`;
  const survivor = rows.find((row) => row.id === survivorId);
  const merged = rows.find((row) => row.id === mergedId);
  if (!survivor || !merged) throw new NotFoundError();
  if (survivor.anonymised || merged.anonymised) throw new DomainError("errors.mergeAnonymised", { mergedId: "errors.mergeAnonymised" });

  const visitsMoved = await combineVisits(tx, survivorId, mergedId);
  let intakesMoved = 0;
  // Table and column names are the map's constants; the ids are parameters.
  for (const { model, column } of movedRelations()) {
    const moved = await tx.$executeRawUnsafe(`UPDATE "${model}" SET "${column}" = $1::uuid WHERE "${column}" = $2::uuid`, survivorId, mergedId);
    if (model === "Intake") intakesMoved = moved;
  }
  await combineAttendance(tx, survivorId, mergedId);
  await combineVolunteerFiles(tx, survivorId, mergedId);

  // The person's first visit is now the earliest of both records; the dates follow (a record's
  // stored dates count too: a first visit before the visits kept here stays the first). A person
  // imported from the centre's past (either record) was known before Halte: no visit is their first.
  const imported = survivor.importedAt !== null || merged.importedAt !== null;
  await tx.$executeRaw`
    UPDATE "Visit" v SET "firstVisit" = (v."id" = first."id" AND NOT ${imported}::boolean)
    FROM (SELECT "id" FROM "Visit" WHERE "participantId" = ${survivorId}::uuid ORDER BY "checkedInAt" ASC LIMIT 1) AS first
    WHERE v."participantId" = ${survivorId}::uuid`;
  await tx.$executeRaw`
    UPDATE "Participant" p SET
      "firstVisitDate" = LEAST(p."firstVisitDate", m."firstVisitDate",
        (SELECT min(n."date") FROM "Visit" v JOIN "Night" n ON n."id" = v."nightId" WHERE v."participantId" = p."id")),
      "lastVisitDate" = GREATEST(p."lastVisitDate", m."lastVisitDate",
        (SELECT max(n."date") FROM "Visit" v JOIN "Night" n ON n."id" = v."nightId" WHERE v."participantId" = p."id"))
    FROM "Participant" m
    WHERE p."id" = ${survivorId}::uuid AND m."id" = ${mergedId}::uuid`;

  // Restrict: fails (and rolls everything back) if any history still points at the merged record.
  await tx.participant.delete({ where: { id: mergedId } });
  // The merged record's old codes still find the person: its Halte code and its former code.
  await tx.participantSearchTerm.createMany({
    data: [codeTerm(merged.code), ...formerCodeTerms(merged.formerCode)].map((term) => ({ participantId: survivorId, term })),
    skipDuplicates: true,
  });
  // The former code moves to the survivor when it had none (a unique column: after the delete
  // above); when both had one, the survivor's stays and the other remains a search term.
  if (imported) {
    await tx.participant.update({
      where: { id: survivorId },
      data: { importedAt: survivor.importedAt ?? merged.importedAt, ...(survivor.formerCode === null && merged.formerCode !== null ? { formerCode: merged.formerCode } : {}) },
    });
  }
  const record = await tx.participantMerge.create({
    data: { survivorId, mergedCode: merged.code, mergedAlias: merged.alias, visitsMoved, intakesMoved, mergedById: session.userId },
    select: { id: true },
  });
  return record.id;
}

/**
 * One visit per person and night: when both came the same night, the survivor's visit gets the
 * other's services (one per kind) and every item, and the other visit goes. The rest move.
 */
async function combineVisits(tx: Tx, survivorId: string, mergedId: string): Promise<number> {
  const survivorNights = new Map(
    (await tx.visit.findMany({ where: { participantId: survivorId }, select: { id: true, nightId: true } })).map((visit) => [visit.nightId, visit.id]),
  );
  const mergedVisits = await tx.visit.findMany({ where: { participantId: mergedId }, select: { id: true, nightId: true } });
  for (const visit of mergedVisits) {
    const sameNight = survivorNights.get(visit.nightId);
    if (!sameNight) continue;
    const kinds = new Set((await tx.visitService.findMany({ where: { visitId: sameNight }, select: { kind: true } })).map((service) => service.kind));
    await tx.visitService.updateMany({ where: { visitId: visit.id, kind: { notIn: [...kinds] } }, data: { visitId: sameNight } });
    await tx.distribution.updateMany({ where: { visitId: visit.id }, data: { visitId: sameNight } });
    await tx.visit.delete({ where: { id: visit.id } });
  }
  await tx.visit.updateMany({ where: { participantId: mergedId }, data: { participantId: survivorId } });
  return mergedVisits.length;
}

/** Both records on one workshop's list are one attendance. */
async function combineAttendance(tx: Tx, survivorId: string, mergedId: string) {
  await tx.$executeRaw`
    DELETE FROM "WorkshopAttendance" m
    WHERE m."participantId" = ${mergedId}::uuid
      AND EXISTS (SELECT 1 FROM "WorkshopAttendance" s WHERE s."participantId" = ${survivorId}::uuid AND s."workshopId" = m."workshopId")`;
  await tx.workshopAttendance.updateMany({ where: { participantId: mergedId }, data: { participantId: survivorId } });
}

/**
 * Two volunteer files become the survivor's: the merged file's tier changes, trainings and shifts
 * move to it; the consent date is the earlier of both; the file is active when either was; the
 * tier is the one of the latest change of the combined history (the rule every tier change keeps).
 * A merged file with no survivor file simply moves. The peer account follows the file; when both
 * files have one, the merge is refused (one person, one sign-in: the coordinator unlinks one first).
 */
async function combineVolunteerFiles(tx: Tx, survivorId: string, mergedId: string) {
  const select = { id: true, consentOn: true, active: true, user: { select: { id: true } } } as const;
  const [kept, other] = await Promise.all([
    tx.volunteer.findUnique({ where: { participantId: survivorId }, select }),
    tx.volunteer.findUnique({ where: { participantId: mergedId }, select }),
  ]);
  if (!other) return;
  if (!kept) {
    await tx.volunteer.update({ where: { id: other.id }, data: { participantId: survivorId } });
    return;
  }
  if (kept.user && other.user) throw new DomainError("errors.mergeTwoAccounts", { mergedId: "errors.mergeTwoAccounts" });
  const moved = { where: { volunteerId: other.id }, data: { volunteerId: kept.id } };
  await tx.volunteerTierChange.updateMany(moved);
  await tx.volunteerTraining.updateMany(moved);
  await tx.volunteerShift.updateMany(moved);
  if (other.user) await tx.user.update({ where: { id: other.user.id }, data: { volunteerId: kept.id } });
  const latest = await tx.volunteerTierChange.findFirst({ where: { volunteerId: kept.id }, orderBy: [{ changedOn: "desc" }, { createdAt: "desc" }], select: { tier: true } });
  await tx.volunteer.update({
    where: { id: kept.id },
    data: {
      consentOn: other.consentOn < kept.consentOn ? other.consentOn : kept.consentOn,
      active: kept.active || other.active,
      ...(latest ? { tier: latest.tier } : {}),
    },
  });
  // Restrict: fails if anything of the file was left behind.
  await tx.volunteer.delete({ where: { id: other.id } });
}
