import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { NotFoundError } from "@/lib/errors";
import { openNightAtSite } from "@/lib/nights/commands";
import { assertNotAnonymised } from "@/lib/participants/not-anonymised";
import type { ServiceKind } from "@/lib/visits/schemas";

export type CheckInResult = { visitId: string; alreadyIn: boolean };

/**
 * Checks a participant in to an open night of the person's site. Checking in someone already in
 * returns the same visit: the unique index on (night, participant) decides, so two staff pressing
 * Enter at once still make one visit.
 */
export async function checkIn(tx: Tx, session: SessionUser, nightId: string, participantId: string, now: Date): Promise<CheckInResult> {
  // The record first: an anonymised person is refused whatever the night.
  await assertNotAnonymised(tx, participantId);
  const night = await openNightAtSite(tx, session, nightId);

  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Visit" ("id", "nightId", "participantId", "firstVisit", "checkedInAt", "checkedInById")
    VALUES (gen_random_uuid(), ${nightId}::uuid, ${participantId}::uuid,
            -- A person imported from the centre's past was known before Halte: never a new person.
            NOT EXISTS (SELECT 1 FROM "Visit" WHERE "participantId" = ${participantId}::uuid)
              AND NOT EXISTS (SELECT 1 FROM "Participant" WHERE "id" = ${participantId}::uuid AND "importedAt" IS NOT NULL),
            ${now}, ${session.userId}::uuid)
    ON CONFLICT ("nightId", "participantId") DO NOTHING
    RETURNING "id"`;
  if (inserted[0]) {
    await tx.$executeRaw`
      UPDATE "Participant" SET
        "firstVisitDate" = COALESCE("firstVisitDate", ${night.date}::date),
        "lastVisitDate" = GREATEST("lastVisitDate", ${night.date}::date)
      WHERE "id" = ${participantId}::uuid`;
    return { visitId: inserted[0].id, alreadyIn: false };
  }
  const existing = await tx.visit.findUniqueOrThrow({ where: { nightId_participantId: { nightId, participantId } }, select: { id: true } });
  return { visitId: existing.id, alreadyIn: true };
}

/** A person who declines to register still counts: a visit with no record attached. */
export async function recordAnonymousVisit(tx: Tx, session: SessionUser, nightId: string, now: Date): Promise<string> {
  await openNightAtSite(tx, session, nightId);
  const visit = await tx.visit.create({ data: { nightId, checkedInAt: now, checkedInById: session.userId }, select: { id: true } });
  return visit.id;
}

/** A visit of an open night at the person's site: services can only be recorded while it is open. */
export async function openVisit(tx: Tx, session: SessionUser, visitId: string) {
  const visit = await tx.visit.findUnique({ where: { id: visitId }, select: { id: true, nightId: true, participantId: true } });
  if (!visit) throw new NotFoundError();
  const night = await openNightAtSite(tx, session, visit.nightId);
  return { ...visit, siteId: night.siteId };
}

export async function checkOut(tx: Tx, session: SessionUser, visitId: string, now: Date) {
  await openVisit(tx, session, visitId);
  await tx.visit.update({ where: { id: visitId }, data: { checkedOutAt: now } });
}

export async function setService(tx: Tx, session: SessionUser, visitId: string, kind: ServiceKind, given: boolean, now: Date) {
  await openVisit(tx, session, visitId);
  if (given) {
    await tx.visitService.upsert({
      where: { visitId_kind: { visitId, kind } },
      create: { visitId, kind, recordedAt: now, recordedById: session.userId },
      update: {},
    });
  } else {
    await tx.visitService.deleteMany({ where: { visitId, kind } });
  }
}

export async function removeDistribution(tx: Tx, session: SessionUser, distributionId: string) {
  const distribution = await tx.distribution.findUnique({ where: { id: distributionId }, select: { visitId: true } });
  if (!distribution) throw new NotFoundError();
  await openVisit(tx, session, distribution.visitId);
  await tx.distribution.delete({ where: { id: distributionId } });
}
