// The demo centre's year before Halte, as if imported from its spreadsheets (lib/import): one
// tally a night for the 365 days before the first demo night (history-span.ts), a little quieter
// than Halte's years, so that a report of Halte's first year compares its drop-in counts with
// something, and says that the rest starts with Halte. Counts only: a tally names nobody.
import type { PrismaClient } from "../../../lib/generated/prisma/client.ts";
import { addDays, dateOnly, isoWeekday, nightDateOf } from "../../../lib/nights/local-date.ts";
import { seededRandom } from "./random.ts";
import { firstSite } from "../factories.ts";
import type { HistoryOptions } from "./front-desk-history.ts";
import { HISTORY_DAYS } from "./history-span.ts";

export async function seedPastTallies(prisma: PrismaClient, options: HistoryOptions & { coordinatorId: string | null }) {
  const random = seededRandom(20261204);
  const site = await firstSite(prisma);
  const today = nightDateOf(options.today, options.timeZone);
  const batchId = random.uuid();
  const importedAt = new Date(`${addDays(today, -(HISTORY_DAYS + 1))}T17:00:00Z`);
  const rows = [];
  for (let offset = HISTORY_DAYS + 366; offset > HISTORY_DAYS; offset--) {
    const date = addDays(today, -offset);
    const monthDay = date.slice(5);
    if (!site.openWeekdays.includes(isoWeekday(date)) || monthDay >= "12-22" || monthDay <= "01-05" || (monthDay >= "07-06" && monthDay <= "08-16")) continue;
    const visits = Math.max(5, Math.round(random.normal(19, 5)));
    const anonymousVisits = Math.min(visits, random.poisson(2));
    rows.push({
      siteId: site.id,
      date: dateOnly(date),
      visits,
      anonymousVisits,
      newPeople: Math.min(visits - anonymousVisits, random.poisson(1.2)),
      meals: Math.round(visits * (0.6 + random.next() * 0.3)),
      batchId,
      importedAt,
      importedById: options.coordinatorId,
    });
  }
  await prisma.pastNightTally.createMany({ data: rows });
}
