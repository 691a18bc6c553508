import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { siteOf } from "@/lib/sites/sites";
import { checkedSize, stockItem, type Locale } from "@/lib/stock/ledger";
import type { kitActiveSchema, kitSchema } from "@/lib/stock/kit-schemas";

/**
 * Creates or edits a kit of the person's site. Each item must be one the desk can hand out today
 * (active, with a size when it is sized): a kit that could only ever be refused is refused here,
 * naming the item, rather than at the desk.
 */
export async function saveKit(tx: Tx, session: SessionUser, input: z.output<typeof kitSchema>, locale: Locale): Promise<string> {
  const site = await siteOf(session, tx);
  const lines = [];
  for (const [index, line] of input.items.entries()) {
    const item = await stockItem(tx, line.itemId);
    const name = locale === "en" ? item.nameEn : item.nameFr;
    if (!item.active) throw new DomainError("errors.itemRetired", { [`items.${index}.itemId`]: "errors.itemRetired" }, { item: name });
    try {
      lines.push({ itemId: item.id, size: checkedSize(item, line.size), quantity: line.quantity, sortOrder: index });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainError("errors.kitSize", { [`items.${index}.size`]: "errors.kitSize" }, { item: name });
    }
  }
  const data = { nameFr: input.nameFr, nameEn: input.nameEn, services: input.services };
  if (input.kitId) {
    const existing = await tx.kit.findUnique({ where: { id: input.kitId }, select: { siteId: true } });
    if (!existing || existing.siteId !== site.id) throw new NotFoundError();
    await tx.kit.update({ where: { id: input.kitId }, data });
    // The lines are the kit's own (nothing refers to them): replaced as a whole.
    await tx.kitItem.deleteMany({ where: { kitId: input.kitId } });
    await tx.kitItem.createMany({ data: lines.map((line) => ({ ...line, kitId: input.kitId! })) });
    return input.kitId;
  }
  const last = await tx.kit.aggregate({ where: { siteId: site.id }, _max: { sortOrder: true } });
  const created = await tx.kit.create({
    data: { ...data, siteId: site.id, sortOrder: (last._max.sortOrder ?? 0) + 1, items: { create: lines } },
    select: { id: true },
  });
  return created.id;
}

/** Retires a kit (its button leaves the desk) or brings it back; never deleted. */
export async function setKitActive(tx: Tx, session: SessionUser, input: z.output<typeof kitActiveSchema>) {
  const site = await siteOf(session, tx);
  const updated = await tx.kit.updateMany({ where: { id: input.kitId, siteId: site.id }, data: { active: input.active } });
  if (updated.count === 0) throw new NotFoundError();
}
