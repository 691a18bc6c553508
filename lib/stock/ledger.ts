import "server-only";
import type { Tx } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { StockMovementKind } from "@/lib/generated/prisma/enums";

export type Locale = "fr" | "en";
type Movement = {
  itemId: string;
  size: string;
  kind: StockMovementKind;
  /** Signed: positive in, negative out. */
  quantity: number;
  valueCents?: number | null;
  donor?: string | null;
  reason?: string | null;
  distributionId?: string | null;
  /** Supplies handed out in a clinic encounter (lib/clinic). */
  clinicEncounterId?: string | null;
  occurredAt: Date;
  recordedById: string | null;
};

export async function stockItem(tx: Tx, itemId: string) {
  const item = await tx.catalogueItem.findUnique({
    where: { id: itemId },
    select: { id: true, key: true, category: true, nameFr: true, nameEn: true, sizes: true, active: true, unitCostCents: true, donatedValueCents: true },
  });
  if (!item) throw new NotFoundError();
  return item;
}

/** An item with sizes needs one of them; an item without sizes takes "" (the ledger's key). */
export function checkedSize(item: { sizes: string[] }, size: string | null | undefined): string {
  const value = size ?? "";
  if (item.sizes.length === 0) {
    if (value !== "") throw new DomainError("errors.unknownSize", { size: "errors.unknownSize" });
    return "";
  }
  if (!item.sizes.includes(value)) throw new DomainError("errors.sizeRequired", { size: "errors.sizeRequired" });
  return value;
}

/**
 * Locks the (item, size) level row for the rest of the transaction and returns what is on hand.
 * Two people taking the last units at once queue here; the second sees what the first left.
 */
export async function lockOnHand(tx: Tx, itemId: string, size: string): Promise<number> {
  await tx.$executeRaw`
    INSERT INTO "StockLevel" ("itemId", "size", "onHand") VALUES (${itemId}::uuid, ${size}, 0)
    ON CONFLICT ("itemId", "size") DO NOTHING`;
  const rows = await tx.$queryRaw<{ onHand: number }[]>`
    SELECT "onHand" FROM "StockLevel" WHERE "itemId" = ${itemId}::uuid AND "size" = ${size} FOR UPDATE`;
  return rows[0]?.onHand ?? 0;
}

/**
 * Writes one ledger row. Taking stock out first checks, under the row lock, that enough is left,
 * and refuses naming the item, the size and what remains; the database's CHECK is the backstop.
 */
export async function recordMovement(tx: Tx, movement: Movement, item: { nameFr: string; nameEn: string }, locale: Locale) {
  if (movement.quantity < 0) {
    const onHand = await lockOnHand(tx, movement.itemId, movement.size);
    if (onHand + movement.quantity < 0) {
      throw new DomainError(
        movement.size ? "errors.notEnoughStockSized" : "errors.notEnoughStock",
        { quantity: movement.size ? "errors.notEnoughStockSized" : "errors.notEnoughStock" },
        { item: locale === "en" ? item.nameEn : item.nameFr, size: movement.size, left: onHand },
      );
    }
  }
  return tx.stockMovement.create({
    data: {
      itemId: movement.itemId,
      size: movement.size,
      kind: movement.kind,
      quantity: movement.quantity,
      valueCents: movement.valueCents ?? null,
      donor: movement.donor ?? null,
      reason: movement.reason ?? null,
      distributionId: movement.distributionId ?? null,
      clinicEncounterId: movement.clinicEncounterId ?? null,
      occurredAt: movement.occurredAt,
      recordedById: movement.recordedById,
    },
    select: { id: true },
  });
}
