// Shelves stocked well above every threshold, without any history: what the end-to-end tests
// start from, so that nothing is low until a test makes it so.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";

export async function seedOpeningStock(prisma: PrismaClient, recordedById: string | null, occurredAt: Date) {
  const items = await prisma.catalogueItem.findMany({ select: { id: true, sizes: true, lowStockThreshold: true } });
  await prisma.stockMovement.createMany({
    data: items.flatMap((item) =>
      (item.sizes.length > 0 ? item.sizes : [""]).map((size) => ({
        itemId: item.id,
        size,
        kind: "ADJUSTED" as const,
        quantity: item.lowStockThreshold * 2 + 50,
        reason: "count",
        occurredAt,
        recordedById,
      })),
    ),
  });
}
