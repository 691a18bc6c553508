import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { can } from "@/lib/auth/permissions";
import { queryNamed } from "@/lib/db-statement";
import type { StatementContext, StatementOutcome } from "@/lib/actions/execute-action";
import { auditCte, claimCte, claimedBySelf, stampFlags } from "@/lib/actions/statement-stamp";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/stock/ledger";
import { limitRefusal } from "@/lib/stock/limit-refusal";

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
  nameFr: string | null;
  nameEn: string | null;
  sized: boolean;
  sizeKnown: boolean;
  maxQuantity: number | null;
  periodDays: number | null;
  received: number;
  onHand: number;
  permitted: boolean;
  limitPassed: boolean;
  distributionId: string | null;
  claimed: boolean;
  audited: boolean;
};

/**
 * Hands items to a person at a visit in ONE statement, run as a prepared statement outside any
 * interactive transaction: it reads the visit, its night, the item, the per-person limit and what
 * the person already received, locks the shelf's level row, and only when every rule holds claims
 * the form's submission key and writes the distribution, its ledger movement and the audit rows
 * (the action's own, and one more when a limit was passed). The busiest path of an evening (50
 * desks at once on the bench) thus costs one round trip instead of ten; the rules are the same as
 * everywhere else and the CHECK on StockLevel stays the backstop. When nothing was written, the
 * facts it returns say why, in the order a person would want to hear it.
 */
export async function distributeToVisit(ctx: StatementContext<DistributionInput>): Promise<StatementOutcome<{ distributionId: string }>> {
  const { db, session, input, now, stamp } = ctx;
  const size = input.size ?? "";
  const overrideReason = input.overrideReason ?? null;
  // Only someone who may pass a limit and gave a reason lets the statement pass it.
  const mayPassLimit = overrideReason !== null && can(session.role, "stock:override-limit");
  // Made here so that the submission's stored answer can name it before the row exists.
  const distributionId = randomUUID();

  const rows = await queryNamed<Facts>(db, "distribute-to-visit", Prisma.sql`
    WITH facts AS (
      SELECT
        v."id" IS NOT NULL AS "visitFound", v."participantId"::text AS "participantId", n."siteId"::text AS "siteId",
        COALESCE(n."closedAt" IS NOT NULL, false) AS closed,
        i."id" IS NOT NULL AS "itemFound", COALESCE(i."active", false) AS "active",
        i."nameFr", i."nameEn",
        COALESCE(cardinality(i."sizes") > 0, false) AS sized,
        COALESCE((cardinality(i."sizes") = 0 AND ${size}::text = '') OR ${size}::text = ANY(i."sizes"), false) AS "sizeKnown",
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
        SELECT "onHand" FROM "StockLevel" WHERE "itemId" = ${input.itemId}::uuid AND "size" = ${size}::text FOR UPDATE
      ) s ON true
    ), judged AS (
      SELECT facts.*,
        (facts."maxQuantity" IS NOT NULL AND facts."participantId" IS NOT NULL
         AND facts.received + ${input.quantity}::int > facts."maxQuantity") AS "limitPassed"
      FROM facts
    ), verdict AS (
      SELECT judged.*,
        (judged."visitFound" AND NOT judged.closed AND judged."active" AND judged."sizeKnown"
         AND (${session.siteId}::uuid IS NULL OR judged."siteId" = ${session.siteId}::text)
         AND (NOT judged."limitPassed" OR ${mayPassLimit}::boolean)
         AND judged."onHand" >= ${input.quantity}::int) AS permitted
      FROM judged
    ), permitted AS (
      SELECT 1 FROM verdict WHERE verdict.permitted
    ), ${claimCte(stamp, "permitted", { data: { distributionId } })},
    distribution AS (
      INSERT INTO "Distribution" ("id", "visitId", "itemId", "size", "quantity", "overrideReason", "recordedAt", "recordedById")
      SELECT ${distributionId}::uuid, ${input.visitId}::uuid, ${input.itemId}::uuid, NULLIF(${size}::text, ''), ${input.quantity}::int,
             ${overrideReason}::text, ${now}::timestamptz, ${session.userId}::uuid
      FROM permitted
      WHERE ${claimedBySelf(stamp)}
      RETURNING "id"
    ), movement AS (
      INSERT INTO "StockMovement" ("id", "itemId", "size", "kind", "quantity", "distributionId", "occurredAt", "recordedById")
      SELECT gen_random_uuid(), ${input.itemId}::uuid, ${size}::text, 'DISTRIBUTED'::"StockMovementKind", -${input.quantity}::int,
             distribution."id", ${now}::timestamptz, ${session.userId}::uuid
      FROM distribution
    ), ${auditCte(stamp, "audit", "distribution", { action: stamp.action, entity: stamp.entity, entityId: input.visitId })},
    ${auditCte(stamp, "limit_audit", "distribution", {
      action: "stock.limit-override",
      entity: "CatalogueItem",
      entityId: input.itemId,
      when: Prisma.sql`(SELECT "limitPassed" FROM verdict)`,
    })}
    SELECT verdict.*, distribution."id"::text AS "distributionId", ${stampFlags}
    FROM verdict LEFT JOIN distribution ON true`);

  const facts = rows[0]!;
  if (facts.distributionId) {
    return { written: true, outcome: { data: { distributionId: facts.distributionId }, entityId: input.visitId }, claimed: facts.claimed, audited: facts.audited };
  }
  // Every rule held but the key was already taken: an earlier copy of this submission did it.
  if (facts.permitted) return { written: false };
  // A limit passed with a staff member's reason is not what stopped it: the shelf (or else) did.
  throw refusal(facts, session, { ...input, size }, ctx.locale, facts.limitPassed && !mayPassLimit);
}

/** Why nothing was written: the first rule that failed, as the step-by-step checks would say. */
function refusal(facts: Facts, session: SessionUser, input: DistributionInput & { size: string }, locale: Locale, limitStops: boolean): Error {
  if (!facts.visitFound) return new NotFoundError();
  if (session.siteId && facts.siteId !== session.siteId) return new DomainError("errors.otherSiteNight");
  if (facts.closed) return new DomainError("errors.nightClosed");
  if (!facts.itemFound || !facts.active) return new NotFoundError();
  if (!facts.sizeKnown) {
    const key = facts.sized ? "errors.sizeRequired" : "errors.unknownSize";
    return new DomainError(key, { size: key });
  }
  const item = (locale === "en" ? facts.nameEn : facts.nameFr) ?? "";
  if (limitStops) {
    return limitRefusal(session, { item, max: facts.maxQuantity!, days: facts.periodDays!, received: facts.received });
  }
  const key = input.size ? "errors.notEnoughStockSized" : "errors.notEnoughStock";
  return new DomainError(key, { quantity: key }, { item, size: input.size, left: facts.onHand });
}
