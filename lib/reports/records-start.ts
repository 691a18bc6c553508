import "server-only";
import { prisma } from "@/lib/db";
import { isoDate } from "@/lib/nights/local-date";

/**
 * The first day each kind of record covers, centre-wide: a report compares a period with the
 * one before only where the records cover all of it (lib/reports/comparable.ts). Null: no
 * record of that kind yet.
 */
export type RecordsStart = {
  /** The drop-in's counts (nights, visits, anonymous visits, new people, meals): Halte's nights or the tallies imported from the centre's spreadsheets. */
  desk: string | null;
  /**
   * What only Halte records (people seen, services, supplies, referrals, the clinic, programs):
   * from its first evening, clinic session or outreach shift. Referrals, workshops and shifts may
   * be dated back when typed in, so they do not move the start.
   */
  halte: string | null;
  /** Expenses, which the bookkeeper's export may bring from before Halte. */
  expenses: string | null;
};

type Row = { night: Date | null; tally: Date | null; halte: Date | null; expenses: Date | null };

export async function recordsStart(): Promise<RecordsStart> {
  // Each min() reads one end of an index on the date column.
  const [row] = await prisma.$queryRaw<Row[]>`
    SELECT (SELECT min("date") FROM "Night") AS "night",
           (SELECT min("date") FROM "PastNightTally") AS "tally",
           LEAST((SELECT min("date") FROM "Night"), (SELECT min("date") FROM "ClinicSession"), (SELECT min("date") FROM "OutreachShift")) AS "halte",
           (SELECT min("spentOn") FROM "Expense") AS "expenses"`;
  const day = (date: Date | null | undefined) => (date ? isoDate(date) : null);
  const desk = [day(row?.night), day(row?.tally)].filter((date): date is string => date !== null).sort()[0] ?? null;
  return { desk, halte: day(row?.halte), expenses: day(row?.expenses) };
}
