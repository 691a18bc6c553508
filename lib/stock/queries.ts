import "server-only";
import { prisma } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { now as clockNow } from "@/lib/clock";
import type { ItemCategory, StockMovementKind } from "@/lib/generated/prisma/enums";

const FOUR_WEEKS_MS = 28 * 24 * 3600_000;

export type StockRow = {
  id: string;
  key: string;
  category: ItemCategory;
  nameFr: string;
  nameEn: string;
  unitFr: string;
  unitEn: string;
  sizes: string[];
  active: boolean;
  lowStockThreshold: number;
  onHand: number;
  bySize: { size: string; onHand: number }[];
  usedLastFourWeeks: number;
  low: boolean;
  /** Enough for the next four weeks at the last four weeks' pace, plus the threshold. */
  suggestedReorder: number;
};

function assertRead(session: SessionUser) {
  requirePermission(session, "stock:read");
}

export async function stockOverview(session: SessionUser, now = clockNow()): Promise<StockRow[]> {
  assertRead(session);
  const since = new Date(now.getTime() - FOUR_WEEKS_MS);
  const [items, levels, used] = await Promise.all([
    prisma.catalogueItem.findMany({
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { nameFr: "asc" }],
      select: { id: true, key: true, category: true, nameFr: true, nameEn: true, unitFr: true, unitEn: true, sizes: true, active: true, lowStockThreshold: true },
    }),
    prisma.stockLevel.findMany({ select: { itemId: true, size: true, onHand: true } }),
    prisma.stockMovement.groupBy({ by: ["itemId"], where: { kind: "DISTRIBUTED", occurredAt: { gte: since } }, _sum: { quantity: true } }),
  ]);
  const usedBy = new Map(used.map((row) => [row.itemId, -(row._sum.quantity ?? 0)]));
  return items.map((item) => {
    const bySize = levels
      .filter((level) => level.itemId === item.id)
      .map((level) => ({ size: level.size, onHand: level.onHand }))
      .sort((a, b) => item.sizes.indexOf(a.size) - item.sizes.indexOf(b.size));
    const onHand = bySize.reduce((sum, level) => sum + level.onHand, 0);
    const usedLastFourWeeks = usedBy.get(item.id) ?? 0;
    return {
      ...item,
      onHand,
      bySize,
      usedLastFourWeeks,
      low: item.active && onHand < item.lowStockThreshold,
      suggestedReorder: Math.max(0, usedLastFourWeeks + item.lowStockThreshold - onHand),
    };
  });
}

/** For the navigation badge: how many active items are under their threshold. */
export async function lowStockCount(session: SessionUser): Promise<number> {
  if (!can(session.role, "stock:read")) return 0;
  const rows = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "CatalogueItem" i
    WHERE i."active" AND COALESCE((SELECT sum(l."onHand") FROM "StockLevel" l WHERE l."itemId" = i."id"), 0) < i."lowStockThreshold"`;
  return Number(rows[0]?.count ?? 0);
}

export type LedgerRow = {
  id: string;
  itemId: string;
  nameFr: string;
  nameEn: string;
  size: string;
  kind: StockMovementKind;
  quantity: number;
  /** Null for a role without `money:read` (never selected for them). */
  valueCents: number | null;
  donor: string | null;
  reason: string | null;
  occurredAt: Date;
  recordedBy: string | null;
};

export async function ledger(session: SessionUser, options: { itemId?: string; limit?: number } = {}): Promise<LedgerRow[]> {
  assertRead(session);
  const money = can(session.role, "money:read");
  const rows = await prisma.stockMovement.findMany({
    where: options.itemId ? { itemId: options.itemId } : undefined,
    orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 200,
    select: {
      id: true,
      itemId: true,
      size: true,
      kind: true,
      quantity: true,
      valueCents: money,
      donor: true,
      reason: true,
      occurredAt: true,
      recordedById: true,
      item: { select: { nameFr: true, nameEn: true } },
    },
  });
  const userIds = [...new Set(rows.map((row) => row.recordedById).filter((id): id is string => Boolean(id)))];
  const users = new Map((await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })).map((user) => [user.id, user.displayName]));
  return rows.map(({ item, recordedById, ...row }) => ({ ...row, valueCents: row.valueCents ?? null, ...item, recordedBy: recordedById ? (users.get(recordedById) ?? null) : null }));
}

export type ItemDetail = {
  id: string;
  key: string;
  category: ItemCategory;
  nameFr: string;
  nameEn: string;
  unitFr: string;
  unitEn: string;
  sizes: string[];
  lowStockThreshold: number;
  /** Present for a role with `money:read` only (privacy rule 9): the type has no money for others. */
  money: { unitCostCents: number | null; donatedValueCents: number | null } | null;
  active: boolean;
  limit: { maxQuantity: number; periodDays: number } | null;
  bySize: { size: string; onHand: number }[];
};

export async function stockItemDetail(session: SessionUser, itemId: string): Promise<ItemDetail | null> {
  assertRead(session);
  if (!/^[0-9a-f-]{36}$/i.test(itemId)) return null;
  const money = can(session.role, "money:read");
  const item = await prisma.catalogueItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      key: true,
      category: true,
      nameFr: true,
      nameEn: true,
      unitFr: true,
      unitEn: true,
      sizes: true,
      lowStockThreshold: true,
      unitCostCents: money,
      donatedValueCents: money,
      active: true,
      limits: { select: { maxQuantity: true, periodDays: true } },
      levels: { select: { size: true, onHand: true } },
    },
  });
  if (!item) return null;
  const { limits, levels, unitCostCents, donatedValueCents, ...rest } = item;
  return {
    ...rest,
    money: money ? { unitCostCents: unitCostCents ?? null, donatedValueCents: donatedValueCents ?? null } : null,
    limit: limits[0] ?? null,
    bySize: levels,
  };
}
