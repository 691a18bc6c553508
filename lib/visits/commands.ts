import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { openNightAtSite } from "@/lib/nights/commands";
import type { ServiceKind } from "@/lib/visits/schemas";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkedSize, recordMovement, stockItem, type Locale } from "@/lib/stock/ledger";

export type CheckInResult = { visitId: string; alreadyIn: boolean };

/**
 * Checks a participant in to an open night of the person's site. Checking in someone already in
 * returns the same visit: the unique index on (night, participant) decides, so two staff pressing
 * Enter at once still make one visit.
 */
export async function checkIn(tx: Tx, session: SessionUser, nightId: string, participantId: string, now: Date): Promise<CheckInResult> {
  const night = await openNightAtSite(tx, session, nightId);
  const participant = await tx.participant.findUnique({ where: { id: participantId }, select: { id: true } });
  if (!participant) throw new NotFoundError();

  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Visit" ("id", "nightId", "participantId", "firstVisit", "checkedInAt", "checkedInById")
    VALUES (gen_random_uuid(), ${nightId}::uuid, ${participantId}::uuid,
            NOT EXISTS (SELECT 1 FROM "Visit" WHERE "participantId" = ${participantId}::uuid),
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
async function openVisit(tx: Tx, session: SessionUser, visitId: string) {
  const visit = await tx.visit.findUnique({ where: { id: visitId }, select: { id: true, nightId: true, participantId: true } });
  if (!visit) throw new NotFoundError();
  await openNightAtSite(tx, session, visit.nightId);
  return visit;
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

/**
 * Hands items to a person: a Distribution row and its DISTRIBUTED ledger movement, in one
 * transaction, refused when the shelf does not hold enough. A per-person limit warns; STAFF and
 * COORDINATOR may pass it with a reason (audited), a peer may not.
 */
export async function addDistribution(
  tx: Tx,
  session: SessionUser,
  input: { visitId: string; itemId: string; size?: string | null; quantity: number; overrideReason?: string | null },
  now: Date,
  locale: Locale = "fr",
): Promise<string> {
  const visit = await openVisit(tx, session, input.visitId);
  const item = await stockItem(tx, input.itemId);
  if (!item.active) throw new NotFoundError();
  const size = checkedSize(item, input.size);
  await checkLimit(tx, session, { participantId: visit.participantId, item, quantity: input.quantity, overrideReason: input.overrideReason ?? null, now, locale });

  const distribution = await tx.distribution.create({
    data: {
      visitId: input.visitId,
      itemId: item.id,
      size: size || null,
      quantity: input.quantity,
      overrideReason: input.overrideReason ?? null,
      recordedAt: now,
      recordedById: session.userId,
    },
    select: { id: true },
  });
  await recordMovement(
    tx,
    { itemId: item.id, size, kind: "DISTRIBUTED", quantity: -input.quantity, distributionId: distribution.id, occurredAt: now, recordedById: session.userId },
    item,
    locale,
  );
  return distribution.id;
}

async function checkLimit(
  tx: Tx,
  session: SessionUser,
  context: { participantId: string | null; item: { id: string; key: string; nameFr: string; nameEn: string }; quantity: number; overrideReason: string | null; now: Date; locale: Locale },
) {
  if (!context.participantId) return; // an anonymous visitor has no history to count against
  const limit = await tx.stockLimit.findUnique({ where: { itemId: context.item.id }, select: { maxQuantity: true, periodDays: true } });
  if (!limit) return;
  const since = new Date(context.now.getTime() - limit.periodDays * 24 * 3600_000);
  const already = await tx.distribution.aggregate({
    where: { itemId: context.item.id, recordedAt: { gte: since }, visit: { participantId: context.participantId } },
    _sum: { quantity: true },
  });
  const received = already._sum.quantity ?? 0;
  if (received + context.quantity <= limit.maxQuantity) return;

  const values = {
    item: context.locale === "en" ? context.item.nameEn : context.item.nameFr,
    max: limit.maxQuantity,
    days: limit.periodDays,
    received,
  };
  // Only someone who may pass the limit is invited to give a reason.
  if (!can(session.role, "stock:override-limit")) throw new DomainError("errors.limitNoOverride", {}, values);
  if (!context.overrideReason) throw new DomainError("errors.limitReached", { overrideReason: "errors.limitReached" }, values);
  await recordAudit(tx, {
    actorId: session.userId,
    actorRole: session.role,
    action: "stock.limit-override",
    entity: "CatalogueItem",
    entityId: context.item.id,
    outcome: "SUCCESS",
    detail: context.item.key,
  });
}

export async function removeDistribution(tx: Tx, session: SessionUser, distributionId: string) {
  const distribution = await tx.distribution.findUnique({ where: { id: distributionId }, select: { visitId: true } });
  if (!distribution) throw new NotFoundError();
  await openVisit(tx, session, distribution.visitId);
  await tx.distribution.delete({ where: { id: distributionId } });
}
