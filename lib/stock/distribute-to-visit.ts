import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/stock/ledger";

export type DistributionInput = {
  visitId: string;
  itemId: string;
  size?: string | null;
  quantity: number;
  overrideReason?: string | null;
};

/** What the statement saw, and the distribution it wrote when every rule held. */
type Facts = {
  visitFound: boolean;
  participantId: string | null;
  siteId: string | null;
  closed: boolean;
  itemFound: boolean;
  active: boolean;
  itemKey: string | null;
  nameFr: string | null;
  nameEn: string | null;
  sized: boolean;
  sizeKnown: boolean;
  maxQuantity: number | null;
  periodDays: number | null;
  received: number;
  onHand: number;
  distributionId: string | null;
};

/**
 * Hands items to a person at a visit in ONE statement: it reads the visit, its night, the item,
 * the per-person limit and what the person already received, locks the shelf's level row, and
 * writes the distribution and its ledger movement only when every rule holds. The busiest path
 * of an evening (50 desks at once on the bench) thus costs one round trip instead of ten; the
 * rules themselves are the same as everywhere else and the CHECK on StockLevel stays the
 * backstop. When nothing was written, the facts it returns say why, in the order a person
 * would want to hear it.
 */
export async function distributeToVisit(tx: Tx, session: SessionUser, input: DistributionInput, now: Date, locale: Locale): Promise<string> {
  const size = input.size ?? "";
  const overrideReason = input.overrideReason ?? null;
  // Only someone who may pass a limit and gave a reason lets the statement pass it.
  const mayPassLimit = overrideReason !== null && can(session.role, "stock:override-limit");

  const rows = await tx.$queryRaw<Facts[]>`
    WITH facts AS (
      SELECT
        v."id" IS NOT NULL AS "visitFound", v."participantId"::text AS "participantId", n."siteId"::text AS "siteId",
        COALESCE(n."closedAt" IS NOT NULL, false) AS closed,
        i."id" IS NOT NULL AS "itemFound", COALESCE(i."active", false) AS "active",
        i."key" AS "itemKey", i."nameFr", i."nameEn",
        COALESCE(cardinality(i."sizes") > 0, false) AS sized,
        COALESCE((cardinality(i."sizes") = 0 AND ${size} = '') OR ${size} = ANY(i."sizes"), false) AS "sizeKnown",
        l."maxQuantity", l."periodDays", COALESCE(r.quantity, 0) AS received, COALESCE(s."onHand", 0) AS "onHand"
      FROM (SELECT 1) AS one
      LEFT JOIN "Visit" v ON v."id" = ${input.visitId}::uuid
      LEFT JOIN "Night" n ON n."id" = v."nightId"
      LEFT JOIN "CatalogueItem" i ON i."id" = ${input.itemId}::uuid
      LEFT JOIN "StockLimit" l ON l."itemId" = i."id"
      LEFT JOIN LATERAL (
        SELECT SUM(d."quantity")::int AS quantity
        FROM "Distribution" d JOIN "Visit" pv ON pv."id" = d."visitId"
        WHERE d."itemId" = l."itemId" AND pv."participantId" = v."participantId"
          AND d."recordedAt" >= ${now}::timestamptz - make_interval(days => l."periodDays")
      ) r ON true
      LEFT JOIN LATERAL (
        SELECT "onHand" FROM "StockLevel" WHERE "itemId" = ${input.itemId}::uuid AND "size" = ${size} FOR UPDATE
      ) s ON true
    ), distribution AS (
      INSERT INTO "Distribution" ("id", "visitId", "itemId", "size", "quantity", "overrideReason", "recordedAt", "recordedById")
      SELECT gen_random_uuid(), ${input.visitId}::uuid, ${input.itemId}::uuid, NULLIF(${size}, ''), ${input.quantity}::int,
             ${overrideReason}, ${now}::timestamptz, ${session.userId}::uuid
      FROM facts
      WHERE facts."visitFound" AND NOT facts.closed AND facts."active" AND facts."sizeKnown"
        AND (${session.siteId}::uuid IS NULL OR facts."siteId" = ${session.siteId}::text)
        AND (facts."maxQuantity" IS NULL OR facts."participantId" IS NULL
             OR facts.received + ${input.quantity}::int <= facts."maxQuantity" OR ${mayPassLimit}::boolean)
        AND facts."onHand" >= ${input.quantity}::int
      RETURNING "id"
    ), movement AS (
      INSERT INTO "StockMovement" ("id", "itemId", "size", "kind", "quantity", "distributionId", "occurredAt", "recordedById")
      SELECT gen_random_uuid(), ${input.itemId}::uuid, ${size}, 'DISTRIBUTED'::"StockMovementKind", -${input.quantity}::int,
             distribution."id", ${now}::timestamptz, ${session.userId}::uuid
      FROM distribution
    )
    SELECT facts.*, distribution."id"::text AS "distributionId" FROM facts LEFT JOIN distribution ON true`;

  const facts = rows[0]!;
  const limitPassed = facts.maxQuantity !== null && facts.participantId !== null && facts.received + input.quantity > facts.maxQuantity;
  if (facts.distributionId) {
    if (limitPassed) {
      await recordAudit(tx, {
        actorId: session.userId,
        actorRole: session.role,
        action: "stock.limit-override",
        entity: "CatalogueItem",
        entityId: input.itemId,
        outcome: "SUCCESS",
        detail: facts.itemKey,
      });
    }
    return facts.distributionId;
  }
  throw refusal(facts, session, { ...input, size }, limitPassed, locale);
}

/** Why nothing was written: the first rule that failed, as the step-by-step checks would say. */
function refusal(facts: Facts, session: SessionUser, input: DistributionInput & { size: string }, limitPassed: boolean, locale: Locale): Error {
  if (!facts.visitFound) return new NotFoundError();
  if (session.siteId && facts.siteId !== session.siteId) return new DomainError("errors.otherSiteNight");
  if (facts.closed) return new DomainError("errors.nightClosed");
  if (!facts.itemFound || !facts.active) return new NotFoundError();
  if (!facts.sizeKnown) {
    const key = facts.sized ? "errors.sizeRequired" : "errors.unknownSize";
    return new DomainError(key, { size: key });
  }
  const item = (locale === "en" ? facts.nameEn : facts.nameFr) ?? "";
  if (limitPassed) {
    const values = { item, max: facts.maxQuantity!, days: facts.periodDays!, received: facts.received };
    if (!can(session.role, "stock:override-limit")) return new DomainError("errors.limitNoOverride", {}, values);
    return new DomainError("errors.limitReached", { overrideReason: "errors.limitReached" }, values);
  }
  const key = input.size ? "errors.notEnoughStockSized" : "errors.notEnoughStock";
  return new DomainError(key, { quantity: key }, { item, size: input.size, left: facts.onHand });
}
