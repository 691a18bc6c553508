// The stock side of the demo's two years: an opening count, monthly purchases and donations that
// cover what the drop-in handed out (harm reduction bought, clothing mostly donated), the
// DISTRIBUTED movement of every demo distribution, and a few items left under their threshold.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { localTimeToUtc } from "../../../lib/nights/zoned-time.ts";
import { seededRandom } from "./random.ts";

const LOW_AT_THE_END = ["toothpaste", "safer-crack-kit", "winter-coat", "juice"];
const DONORS = ["Banque alimentaire du quartier", "Paroisse Saint-Pierre", "Friperie solidaire", "Collecte d'hiver du cégep"];

export async function seedStockHistory(prisma: PrismaClient, options: { today: Date; timeZone: string; staffIds: string[] }) {
  const random = seededRandom(4401);
  const items = await prisma.catalogueItem.findMany({
    select: { id: true, key: true, category: true, sizes: true, lowStockThreshold: true, unitCostCents: true, donatedValueCents: true },
  });
  const usage = await prisma.$queryRawUnsafe<{ itemId: string; size: string; month: string; units: number }[]>(
    `SELECT "itemId", COALESCE("size", '') AS "size", to_char("recordedAt" AT TIME ZONE $1, 'YYYY-MM') AS "month", sum("quantity")::int AS "units"
     FROM "Distribution" GROUP BY 1, 2, 3 ORDER BY 3`,
    options.timeZone,
  );
  const months = [...new Set(usage.map((row) => row.month))].sort();
  const firstMonth = months[0] ?? options.today.toISOString().slice(0, 7);
  const recordedById = options.staffIds[0] ?? null;
  const movements: Record<string, unknown>[] = [];

  for (const item of items) {
    const sizes = item.sizes.length > 0 ? item.sizes : [""];
    for (const size of sizes) {
      const share = Math.ceil(item.lowStockThreshold / sizes.length);
      // What was on the shelves when the ledger started.
      movements.push({
        itemId: item.id, size, kind: "ADJUSTED", quantity: share * 2 + 5, reason: "count",
        occurredAt: localTimeToUtc(`${firstMonth}-01`, "10:00", options.timeZone), recordedById,
      });
      for (const month of months) {
        const used = usage.find((row) => row.itemId === item.id && row.size === size && row.month === month)?.units ?? 0;
        if (used === 0) continue;
        const quantity = Math.ceil(used * (1 + random.next() * 0.25));
        const donated = item.category === "CLOTHING" ? random.chance(0.85) : item.category === "FOOD" ? random.chance(0.5) : random.chance(0.1);
        const unitValue = donated ? (item.donatedValueCents ?? 0) : (item.unitCostCents ?? item.donatedValueCents ?? 0);
        movements.push({
          itemId: item.id, size, kind: donated ? "DONATED" : "PURCHASED", quantity, valueCents: quantity * unitValue,
          donor: donated ? random.pick(DONORS) : null,
          occurredAt: localTimeToUtc(`${month}-0${random.int(1, 5)}`, "10:00", options.timeZone), recordedById,
        });
      }
    }
  }
  for (let start = 0; start < movements.length; start += 2000) {
    await prisma.stockMovement.createMany({ data: movements.slice(start, start + 2000) as never });
  }
  await prisma.$executeRawUnsafe(`
    INSERT INTO "StockMovement" ("id", "itemId", "size", "kind", "quantity", "distributionId", "occurredAt", "recordedById")
    SELECT gen_random_uuid(), d."itemId", COALESCE(d."size", ''), 'DISTRIBUTED', -d."quantity", d."id", d."recordedAt", d."recordedById"
    FROM "Distribution" d`);

  // A recent count found less than the ledger for a few items: they now show as low.
  const countedAt = new Date(options.today.getTime() - 3 * 24 * 3600_000);
  for (const key of LOW_AT_THE_END) {
    const item = items.find((candidate) => candidate.key === key);
    if (!item) continue;
    const levels = await prisma.stockLevel.findMany({ where: { itemId: item.id } });
    const target = Math.floor((item.lowStockThreshold * 0.4) / Math.max(levels.length, 1));
    for (const level of levels) {
      if (level.onHand <= target) continue;
      await prisma.stockMovement.create({
        data: { itemId: item.id, size: level.size, kind: "ADJUSTED", quantity: target - level.onHand, reason: "count", occurredAt: countedAt, recordedById },
      });
    }
  }
  // Two pairs of socks a week per person, as the seed's clothing bank does.
  const socks = items.find((item) => item.key === "socks");
  if (socks) await prisma.stockLimit.create({ data: { itemId: socks.id, maxQuantity: 2, periodDays: 7 } });
}
