// The demo site's usual kits (issue 16): what the desk gives most evenings in one tap. Items by
// their catalogue keys (lib/catalogue/default-catalogue.ts); sized ones in the most asked-for size.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";

const KITS = [
  {
    nameFr: "Repas + hygiène + condoms",
    nameEn: "Meal + hygiene + condoms",
    services: ["MEAL"] as const,
    items: [
      { key: "soap", size: "", quantity: 1 },
      { key: "toothbrush", size: "", quantity: 1 },
      { key: "condoms", size: "", quantity: 6 },
    ],
  },
  {
    nameFr: "Hiver : bas + gants",
    nameEn: "Winter: socks + gloves",
    services: [] as const,
    items: [
      { key: "socks", size: "M", quantity: 2 },
      { key: "gloves", size: "M", quantity: 1 },
    ],
  },
  {
    nameFr: "Collation + réduction des méfaits",
    nameEn: "Snack + harm reduction",
    services: ["SNACK"] as const,
    items: [
      { key: "condoms", size: "", quantity: 3 },
      { key: "lube", size: "", quantity: 2 },
      { key: "safer-sex-pamphlet", size: "", quantity: 1 },
    ],
  },
];

export async function seedKits(prisma: PrismaClient) {
  const site = await prisma.site.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!site) return;
  const items = new Map((await prisma.catalogueItem.findMany({ select: { id: true, key: true } })).map((item) => [item.key, item.id]));
  for (const [index, kit] of KITS.entries()) {
    const lines = kit.items.filter((line) => items.has(line.key));
    await prisma.kit.create({
      data: {
        siteId: site.id,
        nameFr: kit.nameFr,
        nameEn: kit.nameEn,
        services: [...kit.services],
        sortOrder: index + 1,
        items: { create: lines.map((line, order) => ({ itemId: items.get(line.key)!, size: line.size, quantity: line.quantity, sortOrder: order })) },
      },
    });
  }
}
