import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { checkedSize, recordMovement, stockItem, type Locale } from "@/lib/stock/ledger";
import { limitRefusal } from "@/lib/stock/limit-refusal";

export type HandOut = {
  visitId: string;
  /** null for an anonymous visitor: no history, so no per-person limit. */
  participantId: string | null;
  itemId: string;
  size: string;
  quantity: number;
  overrideReason: string | null;
};

/**
 * Hands items to a person at a visit inside the caller's transaction, so that several of them
 * (a kit) are written all or nothing. The rules are a single distribution's
 * (distribute-to-visit.ts), in its order: a retired item is refused, the size must be one of the
 * item's, the per-person limit stops it unless someone who may pass it gave a reason (audited as
 * stock.limit-override), and the ledger refuses what the shelf does not hold, under the level row's
 * lock (ledger.ts). What this transaction already handed out counts towards the limit, so a kit
 * with the same item twice cannot slip past it. The caller checks the visit and its night.
 */
export async function handOutAtVisit(tx: Tx, session: SessionUser, handOut: HandOut, now: Date, locale: Locale): Promise<string> {
  const item = await stockItem(tx, handOut.itemId);
  const name = locale === "en" ? item.nameEn : item.nameFr;
  if (!item.active) throw new DomainError("errors.itemRetired", {}, { item: name });
  const size = checkedSize(item, handOut.size);

  const limit = await tx.stockLimit.findUnique({ where: { itemId: item.id }, select: { maxQuantity: true, periodDays: true } });
  let limitPassed = false;
  if (limit && handOut.participantId) {
    // The same window as the single statement's: PostgreSQL's own interval arithmetic.
    const [row] = await tx.$queryRaw<{ received: number }[]>(Prisma.sql`
      SELECT COALESCE(SUM(d."quantity"), 0)::int AS received
      FROM "Distribution" d JOIN "Visit" pv ON pv."id" = d."visitId"
      WHERE d."itemId" = ${item.id}::uuid AND pv."participantId" = ${handOut.participantId}::uuid
        AND d."recordedAt" >= ${now}::timestamptz - make_interval(days => ${limit.periodDays}::int)`);
    const received = row?.received ?? 0;
    if (received + handOut.quantity > limit.maxQuantity) {
      const mayPass = handOut.overrideReason !== null && can(session.role, "stock:override-limit");
      if (!mayPass) throw limitRefusal(session, { item: name, max: limit.maxQuantity, days: limit.periodDays, received });
      limitPassed = true;
    }
  }

  const distribution = await tx.distribution.create({
    data: {
      visitId: handOut.visitId,
      itemId: item.id,
      size: size || null,
      quantity: handOut.quantity,
      overrideReason: limitPassed ? handOut.overrideReason : null,
      recordedAt: now,
      recordedById: session.userId,
    },
    select: { id: true },
  });
  await recordMovement(
    tx,
    { itemId: item.id, size, kind: "DISTRIBUTED", quantity: -handOut.quantity, distributionId: distribution.id, occurredAt: now, recordedById: session.userId },
    item,
    locale,
  );
  if (limitPassed) {
    await recordAudit(tx, { actorId: session.userId, actorRole: session.role, action: "stock.limit-override", entity: "CatalogueItem", entityId: item.id, outcome: "SUCCESS", detail: "distribution" });
  }
  return distribution.id;
}
