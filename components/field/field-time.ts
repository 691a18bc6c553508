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

/** Issues of a failed parse, each message translated once (keys like "validation.time"). */
export function issueMessages(issues: readonly { message: string }[], t: (key: string) => string): string[] {
  const KEY = /^(?:[a-z]+\.)?(?:[a-z]+\.)?(?:validation|errors)\.[A-Za-z0-9_.]+$/;
  return [...new Set(issues.map((issue) => (KEY.test(issue.message) ? t(issue.message) : issue.message)))];
}
