import "server-only";
// "Try the demo": today's demo centre (two years of nights and the tallies of the year before,
// the demo accounts with their public passwords) in a database nobody has set up. Marked as a
// demo, so every page says so.
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { centreModeOf } from "@/lib/setup/centre-mode";
import { consumeSetupCode } from "@/lib/setup/setup-code";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { centreTimeZone } from "@/lib/nights/today";

export async function startDemo(tx: Tx, now: Date): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('halte.setup'))`;
  if ((await tx.user.count()) > 0 || (await centreModeOf(tx)) !== null) throw new DomainError("setup.errors.alreadySetUp");
  // The seed takes a client; inside the transaction, the transaction is that client.
  // seedDemoData marks the database as the demo (centre.mode) itself.
  // (a transaction client lacks $transaction and $connect, which the seed never calls here)
  await seedDemoData(tx as never, { today: now, timeZone: centreTimeZone() });
  // No set-up code is left lying around once the database holds a centre.
  await consumeSetupCode(tx);
}
