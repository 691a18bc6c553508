import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { ItemCategory } from "@/lib/generated/prisma/enums";

/** `valueCents` is null for a role without `money:read`: the database never computes it for them. */
export type DistributedFigure = { itemId: string; key: string; category: ItemCategory; nameFr: string; nameEn: string; month: string; units: number; valueCents: number | null };
export type ReceivedFigure = { kind: "PURCHASED" | "DONATED"; units: number; valueCents: number | null };

/**
 * What the reports count: units and value handed out per item, category and month (the value of
 * a unit is its purchase cost, else its donated value), and the value received, donated against
 * purchased. Months are the centre's local months.
 */
export async function stockFigures(session: SessionUser, range: { from: Date; to: Date }, timeZone: string) {
  requirePermission(session, "stock:read", "reports:costs");
  // Money is the coordinator's alone (privacy rule 9): other roles get the units and a null value.
  const money = can(session.role, "money:read");
  const distributedValue = money ? Prisma.sql`-sum(m."quantity") * COALESCE(i."unitCostCents", i."donatedValueCents", 0)` : Prisma.sql`NULL::bigint`;
  const receivedValue = money ? Prisma.sql`COALESCE(sum(m."valueCents"), 0)` : Prisma.sql`NULL::bigint`;
  const distributed = await prisma.$queryRaw<{ itemId: string; key: string; category: ItemCategory; nameFr: string; nameEn: string; month: string; units: bigint; valueCents: bigint | null }[]>`
    SELECT i."id" AS "itemId", i."key", i."category"::text AS "category", i."nameFr", i."nameEn",
           to_char(date_trunc('month', m."occurredAt" AT TIME ZONE ${timeZone}), 'YYYY-MM') AS "month",
           -sum(m."quantity") AS "units",
           ${distributedValue} AS "valueCents"
    FROM "StockMovement" m JOIN "CatalogueItem" i ON i."id" = m."itemId"
    WHERE m."kind" = 'DISTRIBUTED' AND m."occurredAt" >= ${range.from} AND m."occurredAt" < ${range.to}
    GROUP BY i."id", "month" ORDER BY "month", i."category", i."sortOrder"`;
  const received = await prisma.$queryRaw<{ kind: "PURCHASED" | "DONATED"; units: bigint; valueCents: bigint | null }[]>`
    SELECT m."kind"::text AS "kind", sum(m."quantity") AS "units", ${receivedValue} AS "valueCents"
    FROM "StockMovement" m
    WHERE m."kind" IN ('PURCHASED', 'DONATED') AND m."occurredAt" >= ${range.from} AND m."occurredAt" < ${range.to}
    GROUP BY m."kind" ORDER BY m."kind"::text`;
  return {
    money,
    distributed: distributed.map((row): DistributedFigure => ({ ...row, units: Number(row.units), valueCents: cents(row.valueCents) })),
    received: received.map((row): ReceivedFigure => ({ kind: row.kind, units: Number(row.units), valueCents: cents(row.valueCents) })),
  };
}

const cents = (value: bigint | null) => (value === null ? null : Number(value));
/** A sum of values that stays null when the rows carry none (a role without `money:read`). */
const addValue = (total: number | null, value: number | null) => (total === null || value === null ? null : total + value);

/** Totals per category over the rows above. */
export function byCategory(rows: DistributedFigure[]) {
  const totals = new Map<ItemCategory, { units: number; valueCents: number | null }>();
  for (const row of rows) {
    const total = totals.get(row.category) ?? { units: 0, valueCents: 0 };
    total.units += row.units;
    total.valueCents = addValue(total.valueCents, row.valueCents);
    totals.set(row.category, total);
  }
  return [...totals.entries()].map(([category, total]) => ({ category, ...total }));
}

/** Totals per item (all months) and per month (all items) over the rows above. */
export function byItem(rows: DistributedFigure[]) {
  const totals = new Map<string, { key: string; nameFr: string; nameEn: string; category: ItemCategory; units: number; valueCents: number | null }>();
  for (const row of rows) {
    const total = totals.get(row.itemId) ?? { key: row.key, nameFr: row.nameFr, nameEn: row.nameEn, category: row.category, units: 0, valueCents: 0 };
    total.units += row.units;
    total.valueCents = addValue(total.valueCents, row.valueCents);
    totals.set(row.itemId, total);
  }
  return [...totals.values()];
}

export function byMonth(rows: DistributedFigure[]) {
  const totals = new Map<string, { units: number; valueCents: number | null }>();
  for (const row of rows) {
    const total = totals.get(row.month) ?? { units: 0, valueCents: 0 };
    total.units += row.units;
    total.valueCents = addValue(total.valueCents, row.valueCents);
    totals.set(row.month, total);
  }
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, total]) => ({ month, ...total }));
}
