// The centre's local date and time on the device, by the centre's time zone (from the cached
// reference data) and the app's night rule, so an entry saved at 00:40 belongs to the evening before.
import { nightDateOf } from "@/lib/nights/local-date";

export function localToday(timeZone: string, now = new Date()): string {
  return nightDateOf(now, timeZone);
}

export function localTime(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return `${get("hour")}:${get("minute")}`;
}

/** The desk's outreach shift runs 14:00 to 17:30 (components/programs/outreach-forms.tsx): 3 h 30. */
export const USUAL_SHIFT_MINUTES = 210;

/**
 * The end time a shift starting at `start` ("HH:MM") most likely has: the usual length later,
 * kept within the same day (the schema wants the end after the start, on the shift's date).
 * A blank end was refused whenever "now" was not after the start (a shift entered ahead, or
 * saved within its first minute), hence a default the worker sees and may change.
 */
export function defaultEndTime(start: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(start);
  if (!match) return "";
  const minutes = Math.min(Number(match[1]) * 60 + Number(match[2]) + USUAL_SHIFT_MINUTES, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Issues of a failed parse, each message translated once (keys like "validation.time"). */
export function issueMessages(issues: readonly { message: string }[], t: (key: string) => string): string[] {
  const KEY = /^(?:[a-z]+\.)?(?:[a-z]+\.)?(?:validation|errors)\.[A-Za-z0-9_.]+$/;
  return [...new Set(issues.map((issue) => (KEY.test(issue.message) ? t(issue.message) : issue.message)))];
}
