// One night of the demo's history was kept on paper (the network was down) and typed in the next
// day through "Enter a paper sheet": its closing note says so and the audit log holds the
// sheet's row, as lib/nights/paper-sheet.ts writes it. Its visits are the history's own.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, nightDateOf } from "../../../lib/nights/local-date.ts";

export async function seedPaperNight(prisma: PrismaClient, options: { today: Date; timeZone: string; staffIds: string[] }) {
  const night = await prisma.night.findFirst({
    where: { closedAt: { not: null }, date: { lte: dateOnly(addDays(nightDateOf(options.today, options.timeZone), -10)) } },
    orderBy: { date: "desc" },
    select: { id: true, closedAt: true, _count: { select: { visits: true } } },
  });
  if (!night?.closedAt) return;
  const anonymous = await prisma.visit.count({ where: { nightId: night.id, participantId: null } });
  await prisma.night.update({
    where: { id: night.id },
    data: { closingNote: "Réseau coupé toute la soirée : accueil sur la feuille papier, saisie le lendemain (Saisir une feuille papier)." },
  });
  const actor = await prisma.user.findFirst({ where: { id: { in: options.staffIds }, role: "STAFF" }, select: { id: true, role: true } });
  await prisma.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: "nights.paper-sheet",
      entity: "Night",
      entityId: night.id,
      outcome: "SUCCESS",
      detail: `visits:${night._count.visits} anonymous:${anonymous}`,
      at: new Date(night.closedAt.getTime() + 20 * 3600_000),
    },
  });
}
