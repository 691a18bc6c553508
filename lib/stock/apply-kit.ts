import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/stock/ledger";
import { handOutAtVisit } from "@/lib/stock/hand-out";
import { openVisit } from "@/lib/visits/commands";

export type ApplyKitInput = { visitId: string; kitId: string; overrideReason?: string | null };
export type ApplyKitResult = { distributionIds: string[]; services: number };

/**
 * One tap on a visit: every service and every item of the kit, in the caller's transaction, all
 * or nothing. The visit must be of an open night at the person's site (as for a single service),
 * the kit one of that site's and not retired; each item goes through the same rules as a single
 * distribution (hand-out.ts), so the first one the shelf or a limit refuses rolls the whole kit
 * back, with a message that names that item.
 */
export async function applyKit(tx: Tx, session: SessionUser, input: ApplyKitInput, now: Date, locale: Locale): Promise<ApplyKitResult> {
  const visit = await openVisit(tx, session, input.visitId);
  const kit = await tx.kit.findUnique({
    where: { id: input.kitId },
    select: {
      siteId: true,
      active: true,
      nameFr: true,
      nameEn: true,
      services: true,
      items: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { itemId: true, size: true, quantity: true } },
    },
  });
  // Another site's kit is, for this desk, a kit that does not exist.
  if (!kit || kit.siteId !== visit.siteId) throw new NotFoundError();
  if (!kit.active) throw new DomainError("errors.kitRetired", {}, { kit: locale === "en" ? kit.nameEn : kit.nameFr });

  for (const kind of kit.services) {
    await tx.visitService.upsert({
      where: { visitId_kind: { visitId: visit.id, kind } },
      create: { visitId: visit.id, kind, recordedAt: now, recordedById: session.userId },
      update: {},
    });
  }
  const distributionIds: string[] = [];
  for (const line of kit.items) {
    distributionIds.push(
      await handOutAtVisit(
        tx,
        session,
        { visitId: visit.id, participantId: visit.participantId, itemId: line.itemId, size: line.size, quantity: line.quantity, overrideReason: input.overrideReason ?? null },
        now,
        locale,
      ),
    );
  }
  return { distributionIds, services: kit.services.length };
}
