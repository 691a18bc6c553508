import "server-only";
import { prisma } from "@/lib/db";
import { addDays, isoDate } from "@/lib/nights/local-date";

/**
 * The first day each kind of record covers, centre-wide: a report compares a period with the
 * one before only where the records cover all of it (lib/reports/comparable.ts). Null: no
 * record of that kind yet.
 */
export type RecordsStart = {
  /**
   * The drop-in's counts (nights, visits, anonymous visits, new people, meals): Halte's nights,
   * and before them the tallies imported from the centre's spreadsheets when these run up to
   * Halte's first night (at most TALLY_GAP_DAYS apart). Tallies that stop long before it leave
   * months without any record: the counts are then covered from Halte's first night only.
   */
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

/** Longer than a summer break: a centre that starts Halte after its break has still kept every night. */
export const TALLY_GAP_DAYS = 62;

type Row = { night: Date | null; tally: Date | null; lastTallyBefore: Date | null; halte: Date | null; expenses: Date | null };

export async function recordsStart(): Promise<RecordsStart> {
  // Each min() and max() reads one end of an index on the date column.
  const [row] = await prisma.$queryRaw<Row[]>`
    WITH "first" AS (SELECT min("date") AS "night" FROM "Night")
    SELECT "first"."night",
           (SELECT min("date") FROM "PastNightTally") AS "tally",
           (SELECT max("date") FROM "PastNightTally" WHERE "date" < "first"."night") AS "lastTallyBefore",
           LEAST("first"."night", (SELECT min("date") FROM "ClinicSession"), (SELECT min("date") FROM "OutreachShift")) AS "halte",
           (SELECT min("spentOn") FROM "Expense") AS "expenses"
    FROM "first"`;
  const day = (date: Date | null | undefined) => (date ? isoDate(date) : null);
  const night = day(row?.night);
  const tally = day(row?.tally);
  const lastTally = day(row?.lastTallyBefore);
  // The tallies lead when Halte holds no night yet, or when they run up to its first night.
  const tallyLeads = tally !== null && (night === null || (tally < night && lastTally !== null && addDays(lastTally, TALLY_GAP_DAYS) >= night));
  return { desk: tallyLeads ? tally : night, halte: day(row?.halte), expenses: day(row?.expenses) };
}
