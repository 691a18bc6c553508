import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { codeTerm } from "@/lib/participants/search-terms";

/**
 * Two records turned out to be one person: everything moves to the survivor and the other
 * record disappears, leaving a ParticipantMerge row to review. When both came the same night,
 * the two visits become one (services and items together). The old code still finds the survivor.
 */
export async function mergeParticipants(tx: Tx, session: SessionUser, survivorId: string, mergedId: string) {
  if (survivorId === mergedId) throw new DomainError("errors.mergeIntoItself", { mergedId: "errors.mergeIntoItself" });
  const [survivor, merged] = await Promise.all([
    tx.participant.findUnique({ where: { id: survivorId }, select: { id: true } }),
    tx.participant.findUnique({ where: { id: mergedId }, select: { id: true, code: true, alias: true } }),
  ]);
  if (!survivor || !merged) throw new NotFoundError();

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
  const intakes = await tx.intake.updateMany({ where: { participantId: mergedId }, data: { participantId: survivorId } });
  await tx.restriction.updateMany({ where: { participantId: mergedId }, data: { participantId: survivorId } });
  await tx.referral.updateMany({ where: { participantId: mergedId }, data: { participantId: survivorId } });
  await tx.clinicEncounter.updateMany({ where: { participantId: mergedId }, data: { participantId: survivorId } });
  await tx.violenceReport.updateMany({ where: { reporterId: mergedId }, data: { reporterId: survivorId } });
  await tx.participantMerge.updateMany({ where: { survivorId: mergedId }, data: { survivorId } });

  // The person's first visit is now the earliest of both records; the dates follow.
  await tx.$executeRaw`
    UPDATE "Visit" v SET "firstVisit" = (v."id" = first."id")
    FROM (SELECT "id" FROM "Visit" WHERE "participantId" = ${survivorId}::uuid ORDER BY "checkedInAt" ASC LIMIT 1) AS first
    WHERE v."participantId" = ${survivorId}::uuid`;
  await tx.$executeRaw`
    UPDATE "Participant" p SET
      "firstVisitDate" = (SELECT min(n."date") FROM "Visit" v JOIN "Night" n ON n."id" = v."nightId" WHERE v."participantId" = p."id"),
      "lastVisitDate" = (SELECT max(n."date") FROM "Visit" v JOIN "Night" n ON n."id" = v."nightId" WHERE v."participantId" = p."id")
    WHERE p."id" = ${survivorId}::uuid`;

  const visitsMoved = mergedVisits.length;
  await tx.participant.delete({ where: { id: mergedId } });
  await tx.participantSearchTerm.createMany({ data: [{ participantId: survivorId, term: codeTerm(merged.code) }], skipDuplicates: true });
  const record = await tx.participantMerge.create({
    data: {
      survivorId,
      mergedCode: merged.code,
      mergedAlias: merged.alias,
      visitsMoved,
      intakesMoved: intakes.count,
      mergedById: session.userId,
    },
    select: { id: true },
  });
  return record.id;
}
