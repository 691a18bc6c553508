import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { requirePermission } from "@/lib/auth/permissions";
import { siteOf } from "@/lib/sites/sites";
import type { KitEntry } from "@/lib/stock/kit-types";

const kitSelect = {
  id: true,
  nameFr: true,
  nameEn: true,
  services: true,
  active: true,
  items: {
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { itemId: true, size: true, quantity: true, item: { select: { nameFr: true, nameEn: true, active: true } } },
  },
} satisfies Prisma.KitSelect;

async function kitsOf(session: SessionUser, where: { active?: boolean }): Promise<KitEntry[]> {
  const site = await siteOf(session);
  const kits = await prisma.kit.findMany({ where: { siteId: site.id, ...where }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: kitSelect });
  return kits.map((kit) => ({
    ...kit,
    items: kit.items.map(({ item, ...line }) => ({ ...line, nameFr: item.nameFr, nameEn: item.nameEn, itemActive: item.active })),
  }));
}

/** The desk's buttons: the active kits of the person's site, their lines named for the label. */
export async function activeKits(session: SessionUser): Promise<KitEntry[]> {
  requirePermission(session, "visits:record");
  return kitsOf(session, { active: true });
}

/** The kits page: every kit of the site, retired ones included (they can be brought back). */
export async function siteKits(session: SessionUser): Promise<KitEntry[]> {
  requirePermission(session, "stock:write");
  return kitsOf(session, {});
}
