import "server-only";
import { env } from "@/lib/env";
import { nightDateOf } from "@/lib/nights/local-date";
import { now as clockNow } from "@/lib/clock";

/** Tonight's date at the centre ("YYYY-MM-DD"), the evening before until 5 a.m. */
export function centreToday(now = clockNow()): string {
  return nightDateOf(now, env().CENTRE_TIME_ZONE);
}

export function centreTimeZone(): string {
  return env().CENTRE_TIME_ZONE;
}
