import { beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { openNightAction } from "@/lib/nights/actions";
import { anonymousVisitAction, applyKitAction } from "@/lib/visits/actions";
import { createParticipantAction } from "@/lib/participants/actions";
import { receiveStockAction, saveKitAction, setKitActiveAction, setLimitAction } from "@/lib/stock/actions";
import { activeKits } from "@/lib/stock/kit-queries";
import { freshCentre } from "@/tests/support/sessions";
import { quickIntake, runAs } from "@/tests/support/front-desk";
import { createSite } from "@/prisma/seed/factories";

// A Thursday evening in the centre's time zone (no wall clock: DESIGN.md §5).
const evening = new Date("2026-11-27T00:30:00Z");

describe("a kit recorded in one tap", () => {
  let coordinator: SessionUser, staff: SessionUser, peer: SessionUser;
  let nightId: string;
  let item: Record<"condoms" | "soap" | "socks", string>;

  beforeEach(async () => {
    ({ coordinator, staff, peer } = await freshCentre(prisma, { coordinator: "COORDINATOR", staff: "STAFF", peer: "PEER" }));
    const opened = await runAs(prisma, openNightAction, staff, {}, { now: evening });
    nightId = opened.ok ? opened.data.nightId : "";
    const keyed = await prisma.catalogueItem.findMany({ where: { key: { in: ["condoms", "soap", "socks"] } }, select: { id: true, key: true } });
    item = Object.fromEntries(keyed.map((row) => [row.key, row.id])) as typeof item;
  });

  async function receive(itemId: string, quantity: number, size = "") {
    const result = await runAs(prisma, receiveStockAction, staff, { itemId, size, quantity, source: "DONATED", receivedOn: "2026-11-20" });
    expect(result.ok).toBe(true);
  }
  const onHand = async (itemId: string, size = "") => (await prisma.stockLevel.findUnique({ where: { itemId_size: { itemId, size } } }))?.onHand ?? 0;

  async function kit(lines: { itemId: string; size?: string; quantity: number }[], services: string[] = ["MEAL"]) {
    const saved = await runAs(prisma, saveKitAction, coordinator, { nameFr: "Repas + hygiène", nameEn: "Meal + hygiene", services, items: lines });
    if (!saved.ok) throw new Error(saved.error);
    return saved.data.kitId;
  }
  async function personVisit(alias: string) {
    const created = await runAs(prisma, createParticipantAction, staff, quickIntake(alias, { checkInNightId: nightId }), { now: evening });
    if (!created.ok) throw new Error(created.error);
    return created.data.visitId!;
  }
  async function nothingWritten(visitId: string) {
    expect(await prisma.visitService.count({ where: { visitId } })).toBe(0);
    expect(await prisma.distribution.count({ where: { visitId } })).toBe(0);
    expect(await prisma.stockMovement.count({ where: { kind: "DISTRIBUTED" } })).toBe(0);
  }

  it("sets the services and lowers the stock of each item by the kit's quantity, through the ledger, audited once", async () => {
    await receive(item.condoms, 20);
    await receive(item.soap, 5);
    await receive(item.socks, 4, "M");
    const kitId = await kit([{ itemId: item.condoms, quantity: 6 }, { itemId: item.soap, quantity: 1 }, { itemId: item.socks, size: "M", quantity: 2 }], ["MEAL", "SUPPORT_CONVERSATION"]);
    const visitId = await personVisit("Kit");

    const applied = await runAs(prisma, applyKitAction, peer, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(applied).toMatchObject({ ok: true, data: { services: 2 } });
    expect([await onHand(item.condoms), await onHand(item.soap), await onHand(item.socks, "M")]).toEqual([14, 4, 2]);
    expect((await prisma.visitService.findMany({ where: { visitId }, orderBy: { kind: "asc" } })).map((row) => row.kind)).toEqual(["MEAL", "SUPPORT_CONVERSATION"]);
    const movements = await prisma.stockMovement.findMany({ where: { kind: "DISTRIBUTED" }, select: { itemId: true, size: true, quantity: true, distributionId: true } });
    expect(movements).toHaveLength(3);
    expect(movements.every((movement) => movement.distributionId !== null)).toBe(true);
    expect(movements.find((movement) => movement.itemId === item.socks)).toMatchObject({ size: "M", quantity: -2 });
    expect(await prisma.auditEvent.findMany({ where: { action: "visits.kit" }, select: { outcome: true, entityId: true, actorId: true } })).toEqual([
      { outcome: "SUCCESS", entityId: visitId, actorId: peer.userId },
    ]);
  });

  it("refuses a kit whose item is out of stock, naming it, in the user's language, writing nothing", async () => {
    await receive(item.condoms, 20);
    await receive(item.soap, 1);
    const kitId = await kit([{ itemId: item.condoms, quantity: 6 }, { itemId: item.soap, quantity: 2 }]);
    const visitId = await personVisit("Short");
    const english = await runAs(prisma, applyKitAction, peer, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(english).toMatchObject({ ok: false, error: "Not enough \u201cSoap\u201d: 1 left. Nothing was handed out." });
    const french = await runAs(prisma, applyKitAction, peer, { visitId, kitId, submissionId: randomUUID() }, { now: evening, locale: "fr" });
    expect(french).toMatchObject({ ok: false, error: "Pas assez de « Savon » : il en reste 1. Rien n'a été remis." });
    await nothingWritten(visitId);
    expect([await onHand(item.condoms), await onHand(item.soap)]).toEqual([20, 1]);
  });

  it("refuses a kit whose item was retired since, and a retired kit, writing nothing", async () => {
    await receive(item.condoms, 20);
    await receive(item.soap, 5);
    const kitId = await kit([{ itemId: item.condoms, quantity: 2 }, { itemId: item.soap, quantity: 1 }]);
    const visitId = await personVisit("Retired");
    await prisma.catalogueItem.update({ where: { id: item.soap }, data: { active: false } });
    const retiredItem = await runAs(prisma, applyKitAction, staff, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(retiredItem).toMatchObject({ ok: false, error: expect.stringContaining("\u201cSoap\u201d is no longer handed out") });
    await nothingWritten(visitId);
    // A kit naming a retired item cannot be saved either.
    const saved = await runAs(prisma, saveKitAction, coordinator, { nameFr: "X", nameEn: "X", services: [], items: [{ itemId: item.soap, quantity: 1 }] });
    expect(saved).toMatchObject({ ok: false, fieldErrors: { "items.0.itemId": expect.stringContaining("Soap") } });

    await prisma.catalogueItem.update({ where: { id: item.soap }, data: { active: true } });
    expect((await runAs(prisma, setKitActiveAction, coordinator, { kitId, active: false })).ok).toBe(true);
    const retiredKit = await runAs(prisma, applyKitAction, staff, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(retiredKit).toMatchObject({ ok: false, error: "The kit \u201cMeal + hygiene\u201d is retired. Nothing was recorded." });
    await nothingWritten(visitId);
    expect(await activeKits(staff)).toEqual([]);
  });

  it("over a per-person limit asks for a reason naming the item; with one, staff pass it; a peer may not", async () => {
    await receive(item.condoms, 50);
    await receive(item.socks, 10, "M");
    expect((await runAs(prisma, setLimitAction, staff, { itemId: item.socks, maxQuantity: 2, periodDays: 7 })).ok).toBe(true);
    const kitId = await kit([{ itemId: item.condoms, quantity: 6 }, { itemId: item.socks, size: "M", quantity: 3 }]);
    const visitId = await personVisit("Limit");

    const over = await runAs(prisma, applyKitAction, coordinator, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(over).toMatchObject({ ok: false, fieldErrors: { overrideReason: expect.stringMatching(/^Limit reached for \u201cSocks \(pair\)\u201d.*Give a reason/) } });
    await nothingWritten(visitId);
    const peerOver = await runAs(prisma, applyKitAction, peer, { visitId, kitId, overrideReason: "wet feet", submissionId: randomUUID() }, { now: evening });
    expect(peerOver).toMatchObject({ ok: false, error: expect.stringContaining("Only staff can pass it") });
    await nothingWritten(visitId);

    const passed = await runAs(prisma, applyKitAction, coordinator, { visitId, kitId, overrideReason: "Soaked through", submissionId: randomUUID() }, { now: evening });
    expect(passed.ok).toBe(true);
    expect([await onHand(item.condoms), await onHand(item.socks, "M")]).toEqual([44, 7]);
    // The reason goes with the line that passed the limit, and the pass is audited.
    expect(await prisma.distribution.findMany({ where: { visitId }, select: { itemId: true, overrideReason: true }, orderBy: { quantity: "asc" } })).toEqual([
      { itemId: item.socks, overrideReason: "Soaked through" },
      { itemId: item.condoms, overrideReason: null },
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "stock.limit-override", actorId: coordinator.userId, entityId: item.socks } })).toBe(1);
  });

  it("records the kit once when the same submission is sent again or twice at once", async () => {
    await receive(item.condoms, 20);
    const kitId = await kit([{ itemId: item.condoms, quantity: 5 }]);
    const visitId = await personVisit("Twice");
    const submissionId = randomUUID();
    const results = await Promise.all([1, 2].map(() => runAs(prisma, applyKitAction, peer, { visitId, kitId, submissionId }, { now: evening })));
    const retry = await runAs(prisma, applyKitAction, peer, { visitId, kitId, submissionId }, { now: evening });
    expect([...results, retry].every((result) => result.ok)).toBe(true);
    expect(await onHand(item.condoms)).toBe(15);
    expect(await prisma.distribution.count({ where: { visitId } })).toBe(1);
  });

  it("refuses another site's visit and another site's kit, and a closed night", async () => {
    await receive(item.condoms, 20);
    const kitId = await kit([{ itemId: item.condoms, quantity: 1 }]);
    const visitId = await personVisit("Elsewhere");
    const otherSite = await createSite(prisma, `Autre site ${randomUUID().slice(0, 8)}`);
    await prisma.user.update({ where: { id: peer.userId }, data: { siteId: otherSite.id } });
    const elsewhere = { ...peer, siteId: otherSite.id };
    const result = await runAs(prisma, applyKitAction, elsewhere, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(result).toMatchObject({ ok: false, error: "This night belongs to another site." });
    // The other site's own kit on this site's visit: as if it did not exist.
    const otherKit = await prisma.kit.create({ data: { siteId: otherSite.id, nameFr: "Ailleurs", nameEn: "Elsewhere", services: ["MEAL"] } });
    const wrongKit = await runAs(prisma, applyKitAction, staff, { visitId, kitId: otherKit.id, submissionId: randomUUID() }, { now: evening });
    expect(wrongKit).toMatchObject({ ok: false, error: expect.stringContaining("does not exist") });
    await prisma.night.update({ where: { id: nightId }, data: { closedAt: evening, openSiteId: null } });
    const closed = await runAs(prisma, applyKitAction, staff, { visitId, kitId, submissionId: randomUUID() }, { now: evening });
    expect(closed).toMatchObject({ ok: false, error: "This night is closed." });
    await nothingWritten(visitId);
  });

  it("applies to an anonymous visitor without a limit, and refuses bad kits and bad input", async () => {
    await receive(item.socks, 10, "M");
    expect((await runAs(prisma, setLimitAction, staff, { itemId: item.socks, maxQuantity: 1, periodDays: 7 })).ok).toBe(true);
    const kitId = await kit([{ itemId: item.socks, size: "M", quantity: 3 }], []);
    const anonymous = await runAs(prisma, anonymousVisitAction, peer, { nightId }, { now: evening });
    const visitId = anonymous.ok ? anonymous.data.visitId : "";
    expect((await runAs(prisma, applyKitAction, peer, { visitId, kitId, submissionId: randomUUID() }, { now: evening })).ok).toBe(true);
    expect(await onHand(item.socks, "M")).toBe(7);

    const bad = [
      { nameFr: "Vide", nameEn: "Empty", services: [], items: [] },
      { nameFr: "Zéro", nameEn: "Zero", services: [], items: [{ itemId: item.condoms, quantity: 0 }] },
      { nameFr: "Deux", nameEn: "Twice", services: [], items: [{ itemId: item.condoms, quantity: 1 }, { itemId: item.condoms, quantity: 2 }] },
      { nameFr: "Taille", nameEn: "Size", services: [], items: [{ itemId: item.socks, quantity: 1 }] },
      { nameFr: "", nameEn: "No French", services: ["MEAL"], items: [] },
      { nameFr: "Service", nameEn: "Service", services: ["MASSAGE"], items: [] },
    ];
    for (const input of bad) expect((await runAs(prisma, saveKitAction, coordinator, input)).ok, input.nameEn).toBe(false);
    expect((await runAs(prisma, saveKitAction, peer, { nameFr: "Pair", nameEn: "Peer", services: ["MEAL"], items: [] })).ok).toBe(false);
    expect(await prisma.kit.count()).toBe(1);
    const badQuantity = await runAs(prisma, saveKitAction, coordinator, bad[1], { locale: "fr" });
    expect(badQuantity).toMatchObject({ ok: false, fieldErrors: { "items.0.quantity": "La quantité est un nombre entier de 1 à 100." } });
  });

  it("edits a kit's lines and lists the desk's kits with their items named", async () => {
    const kitId = await kit([{ itemId: item.condoms, quantity: 2 }]);
    const edited = await runAs(prisma, saveKitAction, staff, { kitId, nameFr: "Hiver", nameEn: "Winter", services: [], items: [{ itemId: item.socks, size: "M", quantity: 1 }, { itemId: item.soap, quantity: 3 }] });
    expect(edited.ok).toBe(true);
    const [listed] = await activeKits(peer);
    expect(listed).toMatchObject({ id: kitId, nameEn: "Winter", services: [], items: [{ nameEn: "Socks (pair)", size: "M", quantity: 1 }, { nameEn: "Soap", size: "", quantity: 3 }] });
  });
});
