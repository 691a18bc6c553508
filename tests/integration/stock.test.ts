import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { addDistributionAction, anonymousVisitAction, removeDistributionAction } from "@/lib/visits/actions";
import { createParticipantAction } from "@/lib/participants/actions";
import { countStockAction, discardStockAction, receiveStockAction, saveItemAction, setLimitAction } from "@/lib/stock/actions";
import { ledger, lowStockCount, stockOverview } from "@/lib/stock/queries";
import { stockFigures } from "@/lib/stock/figures";
import { freshCentre, signedIn } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { testNow } from "@/tests/support/test-clock";

const evening = new Date("2026-11-27T00:30:00Z");

/** The invariant the whole design rests on: on hand is exactly the ledger's sum, never below zero. */
async function expectLevelsEqualLedger() {
  const rows = await prisma.$queryRawUnsafe<{ mismatches: number; negatives: number }[]>(`
    SELECT
      (SELECT count(*) FROM (
         SELECT COALESCE(l."itemId", m."itemId"), COALESCE(l."onHand", 0) AS on_hand, COALESCE(m.total, 0) AS total
         FROM "StockLevel" l
         FULL JOIN (SELECT "itemId", "size", sum("quantity") AS total FROM "StockMovement" GROUP BY "itemId", "size") m
           ON m."itemId" = l."itemId" AND m."size" = l."size") s
       WHERE s.on_hand <> s.total)::int AS mismatches,
      (SELECT count(*) FROM "StockLevel" WHERE "onHand" < 0)::int AS negatives`);
  expect(rows[0]).toEqual({ mismatches: 0, negatives: 0 });
}

describe("the stock ledger", () => {
  let staff: SessionUser, peer: SessionUser;
  let nightId: string;
  let condoms: string;
  let socks: string;

  beforeEach(async () => {
    ({ staff, peer } = await freshCentre(prisma, { staff: "STAFF", peer: "PEER" }));
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    nightId = opened.ok ? opened.data.nightId : "";
    condoms = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "condoms" } })).id;
    socks = (await prisma.catalogueItem.findUniqueOrThrow({ where: { key: "socks" } })).id;
  });

  async function receive(itemId: string, quantity: number, size = "") {
    const result = await runAs(prisma, receiveStockAction, staff, { itemId, size, quantity, source: "PURCHASED", value: "10", receivedOn: "2026-11-20" });
    expect(result.ok).toBe(true);
  }

  async function anonymousVisit() {
    const result = await runAs(prisma, anonymousVisitAction, peer, { nightId }, { now: evening });
    if (!result.ok) throw new Error(result.error);
    return result.data.visitId;
  }

  it("gives exactly 10 of 50 people at once the last 10 units, and refuses the other 40 clearly", async () => {
    await receive(condoms, 10);
    const visits = await Promise.all(Array.from({ length: 50 }, () => anonymousVisit()));
    const results = await Promise.all(
      visits.map((visitId) => runAs(prisma, addDistributionAction, peer, { visitId, itemId: condoms, quantity: 1 }, { now: evening })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    const refusals = results.filter((result) => !result.ok);
    expect(refusals).toHaveLength(40);
    for (const refusal of refusals) expect(refusal.ok ? "" : refusal.error).toBe("Not enough \u201cCondoms\u201d: 0 left. Nothing was handed out.");
    expect(await prisma.distribution.count()).toBe(10);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(0);
    await expectLevelsEqualLedger();
  });

  it("names the item, the size and what is left, in the user's language", async () => {
    await receive(socks, 1, "M");
    const visitId = await anonymousVisit();
    const french = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks, size: "M", quantity: 2 }, { locale: "fr" });
    expect(french).toMatchObject({ ok: false, error: "Pas assez de « Bas (paire) » en taille M : il en reste 1. Rien n'a été remis." });
    const unknownSize = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks, size: "XXXL", quantity: 1 });
    expect(unknownSize.ok).toBe(false);
    await expectLevelsEqualLedger();
  });

  it("refuses a missing size, a size on an item without sizes, and a closed night, writing nothing", async () => {
    await receive(socks, 5, "M");
    await receive(condoms, 5);
    const visitId = await anonymousVisit();
    const noSize = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks, quantity: 1 });
    expect(noSize).toMatchObject({ ok: false, fieldErrors: { size: expect.any(String) } });
    const sizedCondoms = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: condoms, size: "M", quantity: 1 });
    expect(sizedCondoms).toMatchObject({ ok: false, fieldErrors: { size: expect.any(String) } });
    await prisma.night.update({ where: { id: nightId }, data: { closedAt: evening } });
    const closed = await runAs(prisma, addDistributionAction, staff, { visitId, itemId: condoms, quantity: 1 });
    expect(closed.ok ? "" : closed.error).toMatch(/closed/i);
    expect(await prisma.distribution.count()).toBe(0);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(5);
    await expectLevelsEqualLedger();
  });

  it("undoing a distribution puts the units back through the ledger", async () => {
    await receive(condoms, 5);
    const visitId = await anonymousVisit();
    const given = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: condoms, quantity: 3 });
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(2);
    await runAs(prisma, removeDistributionAction, peer, { distributionId: given.ok ? given.data.distributionId : "" });
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(5);
    await expectLevelsEqualLedger();
  });

  it("refuses zero, negative and fractional quantities, unknown items and negative counts, writing nothing", async () => {
    const visitId = await anonymousVisit();
    for (const quantity of [0, -3, 1.5, "abc"]) {
      expect((await runAs(prisma, receiveStockAction, staff, { itemId: condoms, quantity, source: "DONATED", receivedOn: "2026-11-20" })).ok).toBe(false);
      expect((await runAs(prisma, addDistributionAction, staff, { visitId, itemId: condoms, quantity })).ok).toBe(false);
    }
    expect((await runAs(prisma, receiveStockAction, staff, { itemId: "00000000-0000-4000-8000-000000000000", quantity: 1, source: "DONATED", receivedOn: "2026-11-20" })).ok).toBe(false);
    const negativeCount = await runAs(prisma, countStockAction, staff, { lines: [{ itemId: condoms, size: "", counted: -1 }] });
    expect(negativeCount).toMatchObject({ ok: false, fieldErrors: { "lines.0.counted": "A count is a whole number, zero or more." } });
    expect((await runAs(prisma, setLimitAction, staff, { itemId: socks, maxQuantity: 2, periodDays: 0 })).ok).toBe(false);
    expect(await prisma.stockMovement.count()).toBe(0);
    expect(await prisma.stockLimit.count()).toBe(0);
  });

  it("turns a physical count into adjustments", async () => {
    await receive(condoms, 100);
    await receive(socks, 10, "L");
    const counted = await runAs(prisma, countStockAction, staff, {
      lines: [
        { itemId: condoms, size: "", counted: 92 },
        { itemId: socks, size: "L", counted: 10 },
        { itemId: socks, size: "S", counted: 4 },
      ],
    });
    expect(counted).toMatchObject({ ok: true, data: { adjustments: 2 } });
    const adjustments = await prisma.stockMovement.findMany({ where: { kind: "ADJUSTED" }, orderBy: { quantity: "asc" } });
    expect(adjustments.map((row) => [row.size, row.quantity])).toEqual([["", -8], ["S", 4]]);
    await expectLevelsEqualLedger();
  });

  it("warns at a per-person limit; staff may pass it with an audited reason, a peer may not", async () => {
    await receive(socks, 20, "M");
    expect((await runAs(prisma, setLimitAction, staff, { itemId: socks, maxQuantity: 2, periodDays: 7 })).ok).toBe(true);
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake("Bas", { checkInNightId: nightId }), { now: evening });
    const visitId = created.ok ? created.data.visitId! : "";
    expect((await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks, size: "M", quantity: 2 }, { now: evening })).ok).toBe(true);

    const over = await runAs(prisma, addDistributionAction, staff, { visitId, itemId: socks, size: "M", quantity: 1 }, { now: evening });
    expect(over).toMatchObject({ ok: false, fieldErrors: { overrideReason: expect.stringContaining("Give a reason") } });
    const peerOver = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks, size: "M", quantity: 1 }, { now: evening });
    expect(peerOver).toMatchObject({ ok: false, error: expect.stringContaining("Only staff can pass it") });
    const peerOverride = await runAs(prisma, addDistributionAction, peer, { visitId, itemId: socks, size: "M", quantity: 1, overrideReason: "wet feet" }, { now: evening });
    expect(peerOverride).toMatchObject({ ok: false, error: expect.stringContaining("Only staff can pass it") });
    // With a reason given, what stops a distribution past the limit is the shelf, and it says so.
    const pastTheShelf = await runAs(prisma, addDistributionAction, staff, { visitId, itemId: socks, size: "M", quantity: 30, overrideReason: "Soaked through, winter" }, { now: evening });
    expect(pastTheShelf).toMatchObject({ ok: false, error: expect.stringMatching(/^Not enough.*18 left/) });
    const staffOverride = await runAs(prisma, addDistributionAction, staff, { visitId, itemId: socks, size: "M", quantity: 1, overrideReason: "Soaked through, winter" }, { now: evening });
    expect(staffOverride.ok).toBe(true);
    expect(await prisma.distribution.findFirstOrThrow({ where: { overrideReason: { not: null } } })).toMatchObject({ overrideReason: "Soaked through, winter" });
    expect(await prisma.auditEvent.count({ where: { action: "stock.limit-override", actorId: staff.userId } })).toBe(1);
    // Anonymous visitors have no history: the limit does not apply.
    const anonymous = await anonymousVisit();
    expect((await runAs(prisma, addDistributionAction, peer, { visitId: anonymous, itemId: socks, size: "M", quantity: 3 })).ok).toBe(true);
  });

  it("lets a peer distribute but never receive, discard, count or edit the catalogue", async () => {
    expect((await runAs(prisma, receiveStockAction, peer, { itemId: condoms, quantity: 5, source: "DONATED", receivedOn: "2026-11-20" })).ok).toBe(false);
    await receive(condoms, 5);
    expect((await runAs(prisma, discardStockAction, peer, { itemId: condoms, quantity: 1, reason: "EXPIRED" })).ok).toBe(false);
    expect((await runAs(prisma, countStockAction, peer, { lines: [{ itemId: condoms, size: "", counted: 0 }] })).ok).toBe(false);
    expect((await runAs(prisma, setLimitAction, peer, { itemId: condoms, maxQuantity: 1, periodDays: 1 })).ok).toBe(false);
    expect((await runAs(prisma, saveItemAction, peer, { category: "OTHER", nameFr: "X", nameEn: "X", unitFr: "u", unitEn: "u", sizes: "", lowStockThreshold: 0, active: true })).ok).toBe(false);
    await expect(stockOverview(peer)).rejects.toThrow(/access denied/);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { itemId: condoms } })).onHand).toBe(5);
  });

  it("shows low items with their recent use and a suggested order, and counts them for the badge", async () => {
    await receive(condoms, 600);
    const visitId = await anonymousVisit();
    for (const quantity of [100, 50]) {
      expect((await runAs(prisma, addDistributionAction, staff, { visitId, itemId: condoms, quantity }, { now: testNow() })).ok).toBe(true);
    }
    const row = (await stockOverview(staff)).find((item) => item.key === "condoms")!;
    expect(row).toMatchObject({ onHand: 450, usedLastFourWeeks: 150, low: true, lowStockThreshold: 500, suggestedReorder: 200 });
    expect(await lowStockCount(staff)).toBeGreaterThan(0);
    expect(await lowStockCount(peer)).toBe(0);
  });

  it("discards expired units and reports received value, donated against purchased", async () => {
    await receive(condoms, 100); // $10.00 purchase
    const donation = await runAs(prisma, receiveStockAction, staff, { itemId: socks, size: "S", quantity: 4, source: "DONATED", donor: "Paroisse", receivedOn: "2026-11-21" });
    expect(donation.ok).toBe(true);
    expect((await runAs(prisma, discardStockAction, staff, { itemId: condoms, quantity: 20, reason: "EXPIRED" })).ok).toBe(true);
    const range = { from: new Date("2026-01-01"), to: new Date("2027-01-01") };
    const figures = await stockFigures(await signedIn(prisma, "COORDINATOR"), range, "America/Montreal");
    expect(figures.received).toEqual([
      { kind: "DONATED", units: 4, valueCents: 1600 },
      { kind: "PURCHASED", units: 100, valueCents: 1000 },
    ]);
    // Staff count the units; the values are the coordinator's alone (privacy rule 9).
    const staffFigures = await stockFigures(staff, range, "America/Montreal");
    expect(staffFigures.received).toEqual([
      { kind: "DONATED", units: 4, valueCents: null },
      { kind: "PURCHASED", units: 100, valueCents: null },
    ]);
    expect(staffFigures.distributed.every((row) => row.valueCents === null)).toBe(true);
    expect((await ledger(staff)).every((row) => row.valueCents === null)).toBe(true);
    await expectLevelsEqualLedger();
  });

  it("refuses in the database itself any movement that would leave less than zero", async () => {
    await expect(
      prisma.stockMovement.create({ data: { itemId: condoms, kind: "ADJUSTED", quantity: -1, occurredAt: testNow() } }),
    ).rejects.toThrow(/StockLevel_onHand_not_negative|check constraint/);
    await receive(condoms, 1);
    const movement = await prisma.stockMovement.findFirstOrThrow();
    await expect(prisma.stockMovement.update({ where: { id: movement.id }, data: { quantity: 100 } })).rejects.toThrow(/never edited/);
    await expectLevelsEqualLedger();
  });
});
