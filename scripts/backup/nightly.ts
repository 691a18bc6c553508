// The nightly backup, taken by the running `npm start` itself: after a night is closed (within
// one check, at most CHECK_EVERY_MS later), and at HALTE_BACKUP_HOUR (11:00 machine time by
// default) when no backup was taken since the evening before, which covers a night nobody
// closed and a machine that was off: the first check after a start catches up.
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";
import { clockNow } from "../../lib/test-clock-setting.ts";
import { ExpectedFailure } from "../start/expected-failure.ts";
import { listBackups } from "./backup-files.ts";

export const CHECK_EVERY_MS = 5 * 60_000;
export const DEFAULT_BACKUP_HOUR = 11;
/** The hour's backup is skipped when one was taken less than this before it (a closed night's). */
const SINCE_THE_EVENING_BEFORE_MS = 16 * 60 * 60_000;

export function readBackupHour(env: NodeJS.ProcessEnv): number {
  const raw = env.HALTE_BACKUP_HOUR?.trim();
  if (!raw) return DEFAULT_BACKUP_HOUR;
  const hour = Number(raw);
  if (!/^\d{1,2}$/.test(raw) || hour > 23) {
    throw new ExpectedFailure(`HALTE_BACKUP_HOUR must be an hour from 0 to 23, not "${raw}" / HALTE_BACKUP_HOUR doit être une heure de 0 à 23`);
  }
  return hour;
}

/** The latest instant at `hour`:00 (machine time) not after `now`. */
export function latestSlot(now: Date, hour: number): Date {
  const slot = new Date(now);
  slot.setHours(hour, 0, 0, 0);
  if (slot.getTime() > now.getTime()) slot.setDate(slot.getDate() - 1);
  return slot;
}

export function nightlyDue(input: { now: Date; hour: number; lastNightly: Date | null; lastNightClosedAt: Date | null }): boolean {
  const last = input.lastNightly?.getTime() ?? -Infinity;
  if (input.lastNightClosedAt && input.lastNightClosedAt.getTime() > last && input.lastNightClosedAt.getTime() <= input.now.getTime()) return true;
  return last < latestSlot(input.now, input.hour).getTime() - SINCE_THE_EVENING_BEFORE_MS;
}

async function lastNightClosedAt(databaseUrl: string): Promise<Date | null> {
  const client = new pg.Client({ connectionString: connectionStringFor(databaseUrl) });
  client.on("error", () => {});
  await client.connect();
  try {
    const result = await client.query<{ at: Date | null }>(`SELECT max("closedAt") AS at FROM "Night"`);
    return result.rows[0]?.at ?? null;
  } finally {
    await client.end().catch(() => {});
  }
}

export function scheduleNightly(options: {
  databaseUrl: string;
  dir: string;
  hour: number;
  take: () => Promise<unknown>;
  log: (line: string) => void;
}): { stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const check = async () => {
    try {
      const lastNightly = listBackups(options.dir).find((file) => file.reason === "nightly")?.at ?? null;
      const closed = await lastNightClosedAt(options.databaseUrl).catch(() => null);
      if (!nightlyDue({ now: clockNow(), hour: options.hour, lastNightly, lastNightClosedAt: closed })) return;
      await options.take();
      options.log("Nightly backup taken / Sauvegarde de nuit faite");
    } catch (error) {
      // Recorded in the status file by take-backup.ts: the settings page shows it.
      options.log(`Nightly backup failed / La sauvegarde de nuit a échoué: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  };
  const loop = () => {
    if (stopped) return;
    running = check().finally(() => {
      if (!stopped) timer = setTimeout(loop, CHECK_EVERY_MS);
    });
  };
  // The first check waits a minute: the start's own work (build, first page) comes first.
  timer = setTimeout(loop, 60_000);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
