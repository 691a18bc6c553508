import "server-only";
// Reference data every database needs, demo or not. Inserts only the keys that are missing,
// so an item the coordinator renamed or retired keeps its state.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DEFAULT_CATALOGUE } from "./default-catalogue.ts";
import { ensureDefaultVaccines } from "../clinic/default-vaccines.ts";

export async function ensureDefaultCatalogue(prisma: PrismaClient): Promise<number> {
  const result = await prisma.catalogueItem.createMany({
    data: DEFAULT_CATALOGUE.map((item, index) => ({
      key: item.key,
      category: item.category,
      nameFr: item.nameFr,
      nameEn: item.nameEn,
      sizes: item.sizes ?? [],
      unitFr: item.unit?.[0] ?? "unité",
      unitEn: item.unit?.[1] ?? "unit",
      lowStockThreshold: item.threshold,
      unitCostCents: item.cost ?? null,
      donatedValueCents: item.donatedValue ?? null,
      sortOrder: index,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

/** Every centre has at least one site; its name is a label, never an address. */
export async function ensureDefaultSite(prisma: PrismaClient): Promise<void> {
  if ((await prisma.site.count()) === 0) await prisma.site.create({ data: { name: "Halte du soir" } });
}

/** Run after every migration: what the app cannot work without, on any database. */
export async function ensureReferenceData(prisma: PrismaClient): Promise<void> {
  await ensureDefaultSite(prisma);
  await ensureDefaultCatalogue(prisma);
  await ensureDefaultVaccines(prisma);
}
