// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// Nights are local dates in the centre's time zone (docs/decisions/0005-the-night-rule.md). A night opened after
// midnight but before morning belongs to the evening before: 00:40 on Friday is Thursday's night.
const EARLY_MORNING_HOUR = 5;

function partsIn(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") };
}

/** "YYYY-MM-DD" of the evening `instant` belongs to. */
export function nightDateOf(instant: Date, timeZone: string): string {
  const { year, month, day, hour } = partsIn(instant, timeZone);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (hour < EARLY_MORNING_HOUR) date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** A "YYYY-MM-DD" as the Date Prisma stores in a @db.Date column (midnight UTC). */
export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** 1 = Monday ... 7 = Sunday: also the keys of the "weekdays" messages. */
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

/** ISO weekday (1 = Monday ... 7 = Sunday) of a "YYYY-MM-DD". */
export function isoWeekday(isoDateString: string): IsoWeekday {
  const day = dateOnly(isoDateString).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** A weekday read from the database (a site's open days), checked: a message key is made from it. */
export function asIsoWeekday(day: number): IsoWeekday {
  if (!ISO_WEEKDAYS.includes(day as IsoWeekday)) throw new Error(`not an ISO weekday: ${day}`);
  return day as IsoWeekday;
}

export function addDays(isoDateString: string, days: number): string {
  const date = dateOnly(isoDateString);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date);
}
