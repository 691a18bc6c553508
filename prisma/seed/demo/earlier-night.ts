// One closed night a week ago with a dozen regulars: enough history for the end-to-end tests
// to check in people who are not new (a person is new on the night of their first visit ever).
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { generateCode } from "../../../lib/participants/code.ts";
import { addDays, dateOnly, nightDateOf } from "../../../lib/nights/local-date.ts";
import { localTimeToUtc } from "../../../lib/nights/zoned-time.ts";
import { seededRandom } from "./random.ts";
import { createIntake, createNight, createParticipant, createVisit, firstSite } from "../factories.ts";

const REGULARS = ["Alpha", "Bravo", "Charlie", "Delta", "Écho", "Foxtrot", "Golf", "Hôtel", "India", "Juliett", "Kilo", "Lima"];

export async function seedEarlierNight(prisma: PrismaClient, options: { today: Date; timeZone: string; staffId: string | null }) {
  const random = seededRandom(712);
  const site = await firstSite(prisma);
  const date = addDays(nightDateOf(options.today, options.timeZone), -7);
  const opensAt = localTimeToUtc(date, site.opensAt, options.timeZone);
  const night = await createNight(prisma, {
    siteId: site.id,
    date: dateOnly(date),
    openedAt: opensAt,
    openedById: options.staffId,
    closedAt: new Date(opensAt.getTime() + 4 * 3600_000),
    closedById: options.staffId,
  });
  for (const [index, word] of REGULARS.entries()) {
    const code = generateCode((max) => Math.floor(random.next() * max));
    const alias = `Régulier ${word}`;
    const participant = await createParticipant(prisma, { code, alias, firstVisitDate: dateOnly(date), lastVisitDate: dateOnly(date) });
    await createIntake(prisma, { participantId: participant.id, consentScope: "VISITS_ONLY", consentDate: dateOnly(date), recordedById: options.staffId });
    await createVisit(prisma, {
      nightId: night.id,
      participantId: participant.id,
      firstVisit: true,
      checkedInAt: new Date(opensAt.getTime() + index * 7 * 60_000),
      checkedInById: options.staffId,
    });
  }
}
