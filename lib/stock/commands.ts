import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly } from "@/lib/nights/local-date";
import { checkedSize, lockOnHand, recordMovement, stockItem, type Locale } from "@/lib/stock/ledger";
import type { countSchema, discardSchema, itemSchema, limitSchema, receiveSchema } from "@/lib/stock/schemas";
import { uniqueKeyFrom } from "@/lib/text/unique-key";

export async function receiveStock(tx: Tx, session: SessionUser, input: z.output<typeof receiveSchema>, now: Date, locale: Locale) {
  const item = await stockItem(tx, input.itemId);
  const size = checkedSize(item, input.size);
  // A donation without a stated value is worth the catalogue's value per unit.
  const value = input.value ?? (input.source === "DONATED" ? (item.donatedValueCents ?? 0) * input.quantity : null);
  const receivedAt = input.receivedOn === now.toISOString().slice(0, 10) ? now : dateOnly(input.receivedOn);
  const movement = await recordMovement(
    tx,
    {
      itemId: item.id,
      size,
      kind: input.source,
      quantity: input.quantity,
      valueCents: value,
      donor: input.source === "DONATED" ? input.donor : null,
      occurredAt: receivedAt,
      recordedById: session.userId,
    },
    item,
    locale,
  );
  return movement.id;
}

export async function discardStock(tx: Tx, session: SessionUser, input: z.output<typeof discardSchema>, now: Date, locale: Locale) {
  const item = await stockItem(tx, input.itemId);
  const size = checkedSize(item, input.size);
  const movement = await recordMovement(
    tx,
    {
      itemId: item.id,
      size,
      kind: "DISCARDED",
      quantity: -input.quantity,
      reason: input.note ? `${input.reason}: ${input.note}` : input.reason,
      occurredAt: now,
      recordedById: session.userId,
    },
    item,
    locale,
  );
  return movement.id;
}

/** A physical count: each line that differs from the ledger becomes one ADJUSTED movement. */
export async function applyCount(tx: Tx, session: SessionUser, input: z.output<typeof countSchema>, now: Date) {
  let adjustments = 0;
  for (const line of input.lines) {
    const item = await stockItem(tx, line.itemId);
    const size = checkedSize(item, line.size);
    const onHand = await lockOnHand(tx, item.id, size);
    const delta = line.counted - onHand;
    if (delta === 0) continue;
    await tx.stockMovement.create({
      data: { itemId: item.id, size, kind: "ADJUSTED", quantity: delta, reason: "count", occurredAt: now, recordedById: session.userId },
    });
    adjustments++;
  }
  return adjustments;
}

export async function setLimit(tx: Tx, input: z.output<typeof limitSchema>) {
  await stockItem(tx, input.itemId);
  await tx.stockLimit.upsert({
    where: { itemId: input.itemId },
    create: { itemId: input.itemId, maxQuantity: input.maxQuantity, periodDays: input.periodDays },
    update: { maxQuantity: input.maxQuantity, periodDays: input.periodDays },
  });
}

export async function removeLimit(tx: Tx, itemId: string) {
  await tx.stockLimit.deleteMany({ where: { itemId } });
}

/**
 * `money`: the caller may write the item's unit cost and donated value (`costs:write`). Staff
 * never see those figures (privacy rule 9), so their form has no money fields and what they send
 * for them is not written: an item they edit keeps its values, one they create has none.
 */
export async function saveItem(tx: Tx, input: z.output<typeof itemSchema>, money: boolean) {
  const data = {
    category: input.category,
    nameFr: input.nameFr,
    nameEn: input.nameEn,
    unitFr: input.unitFr,
    unitEn: input.unitEn,
    sizes: input.sizes,
    lowStockThreshold: input.lowStockThreshold,
    ...(money ? { unitCostCents: input.unitCost, donatedValueCents: input.donatedValue } : {}),
    active: input.active,
  };
  if (input.itemId) {
    const existing = await tx.catalogueItem.findUnique({ where: { id: input.itemId }, select: { sizes: true } });
    if (!existing) throw new NotFoundError();
    // A size that still has units on the shelf cannot disappear from the item.
    const dropped = existing.sizes.filter((size) => !input.sizes.includes(size));
    if (dropped.length > 0) {
      const held = await tx.stockLevel.count({ where: { itemId: input.itemId, size: { in: dropped }, onHand: { gt: 0 } } });
      if (held > 0) throw new DomainError("errors.sizeInStock", { sizes: "errors.sizeInStock" });
    }
    await tx.catalogueItem.update({ where: { id: input.itemId }, data });
    return input.itemId;
  }
  const key = await uniqueKeyFrom(input.nameEn, "item", async (candidate) => (await tx.catalogueItem.count({ where: { key: candidate } })) > 0);
  const created = await tx.catalogueItem.create({ data: { ...data, key, sortOrder: 1000 }, select: { id: true } });
  return created.id;
}
