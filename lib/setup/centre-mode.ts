import "server-only";
// Whether this database holds the demo centre, a real one, or nothing yet. The first page offers
// "Try the demo" or "Set up my centre" until one is chosen; the demo is marked on every page.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../db.ts";

export const CENTRE_MODE_KEY = "centre.mode";
export type CentreMode = "demo" | "real";

export async function centreModeOf(db: PrismaClient | Tx): Promise<CentreMode | null> {
  const row = await db.setting.findUnique({ where: { key: CENTRE_MODE_KEY } });
  return row?.value === "demo" || row?.value === "real" ? row.value : null;
}

export async function setCentreMode(db: PrismaClient | Tx, mode: CentreMode): Promise<void> {
  await db.setting.upsert({ where: { key: CENTRE_MODE_KEY }, create: { key: CENTRE_MODE_KEY, value: mode }, update: { value: mode } });
}

/**
 * A database is waiting for its first run while nobody can sign in to it: no user at all.
 * (A database from before this setting, with users, is settled by npm start: demo when a demo
 * account still signs in with its published password, else real.)
 */
export async function awaitsFirstRun(db: PrismaClient | Tx): Promise<boolean> {
  return (await db.user.count()) === 0;
}
