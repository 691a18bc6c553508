import { stockItemDetail } from "@/lib/stock/queries";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { receiveStockAction, saveItemAction } from "@/lib/stock/actions";
import { activeCatalogue } from "@/lib/visits/queries";
import { freshCentre, signedIn } from "@/tests/support/sessions";
import { runAs } from "@/tests/support/front-desk";

const newItem = { category: "HYGIENE", nameFr: "Baume à lèvres", nameEn: "Lip balm", unitFr: "tube", unitEn: "tube", sizes: "", lowStockThreshold: "10", unitCost: "1,25", donatedValue: "", active: true };

describe("the item catalogue", () => {
  let staff: SessionUser, peer: SessionUser;

  beforeEach(async () => {
    ({ staff, peer } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER" }));
  });

  it("adds an item with a key from its English name, costs in cents, and offers it at the front desk", async () => {
    const saved = await runAs(prisma, saveItemAction, await signedIn(prisma, "COORDINATOR"), newItem);
    expect(saved.ok).toBe(true);
    const item = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "lip-balm" } });
    expect(item).toMatchObject({ nameFr: "Baume à lèvres", unitCostCents: 125, donatedValueCents: null, lowStockThreshold: 10, sizes: [] });
    // Staff edit the item without its money (privacy rule 9): what they send for it is not written.
    expect((await runAs(prisma, saveItemAction, staff, { ...newItem, itemId: item.id, unitCost: "9.99" })).ok).toBe(true);
    expect(await prisma.catalogueItem.findUniqueOrThrow({ where: { id: item.id }, select: { unitCostCents: true } })).toEqual({ unitCostCents: 125 });
    expect((await stockItemDetail(staff, item.id))?.money).toBeNull();
    expect((await activeCatalogue(peer)).map((entry) => entry.key)).toContain("lip-balm");
    const again = await runAs(prisma, saveItemAction, staff, newItem);
    expect(again.ok).toBe(true);
    expect(await prisma.catalogueItem.count({ where: { key: { startsWith: "lip-balm" } } })).toBe(2);
  });

  it("retires an item from the front desk without touching its ledger", async () => {
    const saved = await runAs(prisma, saveItemAction, staff, newItem);
    const itemId = saved.ok ? saved.data.itemId : "";
    await runAs(prisma, receiveStockAction, staff, { itemId, quantity: 4, source: "PURCHASED", value: "5", receivedOn: "2026-11-20" });
    expect((await runAs(prisma, saveItemAction, staff, { ...newItem, itemId, active: false })).ok).toBe(true);
    expect((await activeCatalogue(peer)).map((entry) => entry.key)).not.toContain("lip-balm");
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId } })).onHand).toBe(4);
  });

  it("refuses to drop a size that still has units on the shelf", async () => {
    const socks = await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "socks" } });
    await runAs(prisma, receiveStockAction, staff, { itemId: socks.id, size: "L", quantity: 3, source: "DONATED", receivedOn: "2026-11-20" });
    const dropped = await runAs(prisma, saveItemAction, staff, {
      ...newItem, itemId: socks.id, category: "CLOTHING", nameFr: socks.nameFr, nameEn: socks.nameEn, sizes: "S, M",
    });
    expect(dropped).toMatchObject({ ok: false, error: "A size you removed still has units in stock: do a count first." });
    expect((await prisma.catalogueItem.findUniqueOrThrow({ where: { id: socks.id } })).sizes).toEqual(["S", "M", "L"]);
  });

  it("refuses empty names, negative thresholds and bad amounts", async () => {
    const bad = await runAs(prisma, saveItemAction, staff, { ...newItem, nameFr: "", lowStockThreshold: "-1", unitCost: "abc" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { nameFr: "This field is required.", lowStockThreshold: expect.any(String), unitCost: "Invalid amount (e.g. 12.50)." } });
    expect(await prisma.catalogueItem.count({ where: { key: { startsWith: "lip-balm" } } })).toBe(0);
  });
});
