// The instants `npm test` runs its date-sensitive tests at, besides the real time (README: tests
// at any hour). The hours that broke tests before: late evening (the night is still today's
// date), after midnight (the night is yesterday's date until 5 a.m.), and a night that spans a
// change of daylight-saving time (the night rule must count hours in the centre's zone, not in UTC).
// The first two are on tonight's night, so the database's own timestamps (DEFAULT now(), real
// time) stay within a day of the app's clock; the DST night is the next spring change.
import { addDays, nightDateOf } from "../../lib/nights/local-date.ts";

export type ClockRun = { label: string; instant: string };

/** "±hh:mm" of `timeZone` at the instant `utcMs`. */
function offsetAt(utcMs: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(utcMs))
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = name?.replace("GMT", "") ?? "";
  return offset === "" ? "+00:00" : offset;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(":").map(Number);
  return sign * (hours! * 60 + minutes!);
}

/** The ISO instant (with the zone's offset) at which the wall clock in `timeZone` reads `date` `time`. */
export function localInstant(date: string, time: string, timeZone: string): string {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  // Two rounds: the offset at the guessed instant can differ from the offset at the answer's.
  let offset = offsetAt(asUtc, timeZone);
  offset = offsetAt(asUtc - offsetMinutes(offset) * 60_000, timeZone);
  return `${date}T${time}:00${offset}`;
}

/** The next night (on or after `fromDate`) during which `timeZone` springs forward, or null for a zone without DST. */
export function nextSpringForwardNight(fromDate: string, timeZone: string): string | null {
  for (let day = 0; day < 370; day += 1) {
    const date = addDays(fromDate, day);
    const before = offsetMinutes(offsetAt(Date.parse(`${date}T12:00:00Z`), timeZone));
    const after = offsetMinutes(offsetAt(Date.parse(`${addDays(date, 1)}T12:00:00Z`), timeZone));
    if (after > before) return date;
  }
  return null;
}

export function clockRuns(realNow: Date, timeZone: string): ClockRun[] {
  const tonight = nightDateOf(realNow, timeZone);
  const runs: ClockRun[] = [
    { label: "23:30, tonight", instant: localInstant(tonight, "23:30", timeZone) },
    { label: "02:30, after midnight", instant: localInstant(addDays(tonight, 1), "02:30", timeZone) },
  ];
  const dstNight = nextSpringForwardNight(tonight, timeZone);
  // 03:30 on the morning the clocks moved: an hour fewer since the night opened, still its night.
  if (dstNight) runs.push({ label: "03:30, the night clocks spring forward", instant: localInstant(addDays(dstNight, 1), "03:30", timeZone) });
  return runs;
}
