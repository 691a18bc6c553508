// Demo data for `npm start` on the embedded database and for `npm run db:seed`.
// Deterministic: the same input always gives the same centre. Each feature adds its part here.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { DEMO_SIGN_INS, type DemoSignIn } from "./demo-users.ts";
import { createStaffUser } from "./factories.ts";
import { seedFrontDeskHistory } from "./demo/front-desk-history.ts";
import { seedStockHistory } from "./demo/stock-history.ts";
import { seedOpeningStock } from "./demo/opening-stock.ts";
import { seedEarlierNight } from "./demo/earlier-night.ts";
import { seedPaperNight } from "./demo/paper-night.ts";
import { seedCaseManagement } from "./demo/case-management.ts";
import { seedViolenceReports } from "./demo/violence-reports.ts";
import { seedClinic } from "./demo/clinic.ts";
import { seedCommunityPrograms } from "./demo/community-programs.ts";
import { seedCosts } from "./demo/costs.ts";
import { seedPastTallies } from "./demo/past-tallies.ts";
import { seedKits } from "./demo/kits.ts";
import { setCentreMode } from "../../lib/setup/centre-mode.ts";

export type SeedResult = { created: boolean; signIns: readonly DemoSignIn[] };

export type SeedOptions = {
  /** A year of nights, visits and participants; the end-to-end tests start from users only. */
  history?: boolean;
  /** Without history: shelves stocked above every threshold, and one closed night a week ago
   * with a dozen regulars (what the end-to-end tests start from). */
  openingStock?: boolean;
  /** The demo's "today"; the history ends here. */
  today?: Date;
  timeZone?: string;
};

/** Seeds once: a database that already has users is left as it is. */
export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  if ((await prisma.user.count()) > 0) return { created: false, signIns: DEMO_SIGN_INS };

  const staffIds: string[] = [];
  const healthIds: string[] = [];
  let coordinatorId: string | null = null;
  for (const demo of DEMO_SIGN_INS) {
    const user = await createStaffUser(prisma, demo);
    if (demo.role === "STAFF" || demo.role === "PEER") staffIds.push(user.id);
    if (demo.role === "HEALTH") healthIds.push(user.id);
    if (demo.role === "COORDINATOR") coordinatorId ??= user.id;
  }
  // The health team's home page lists who was given access to their records: in the demo, the
  // coordinator created their accounts (lib/users/health-access.ts writes the same row).
  for (const id of healthIds) {
    await prisma.auditEvent.create({
      data: { actorId: coordinatorId, actorRole: coordinatorId ? "COORDINATOR" : null, action: "users.health-access", entity: "User", entityId: id, outcome: "SUCCESS", detail: "created" },
    });
  }
  // A former volunteer whose account was disabled: the user list shows what that looks like.
  await createStaffUser(prisma, {
    username: "ancien-pair",
    displayName: "Sam (ancien pair)",
    role: "PEER",
    disabled: true,
    password: "demo-disabled-account-2026",
  });
  if (options.history ?? true) {
    const history = {
      today: options.today ?? new Date(),
      timeZone: options.timeZone ?? process.env.CENTRE_TIME_ZONE ?? "America/Montreal",
      staffIds,
    };
    await seedFrontDeskHistory(prisma, history);
    await seedPaperNight(prisma, history);
    await seedStockHistory(prisma, history);
    await seedCaseManagement(prisma, history);
    await seedViolenceReports(prisma, history);
    await seedClinic(prisma, history);
    // Before the costs: the year's $100,000 includes the honoraria of the volunteers' shifts.
    await seedCommunityPrograms(prisma, history);
    await seedCosts(prisma, history);
    // The year before Halte, from the centre's spreadsheets: the report's previous-year column.
    await seedPastTallies(prisma, { ...history, coordinatorId });
    // The desk's usual kits. Not in the end-to-end tests' database: their kit spec makes its own.
    await seedKits(prisma);
  } else if (options.openingStock) {
    await seedOpeningStock(prisma, staffIds[0] ?? null, options.today ?? new Date());
    await seedEarlierNight(prisma, {
      today: options.today ?? new Date(),
      timeZone: options.timeZone ?? process.env.CENTRE_TIME_ZONE ?? "America/Montreal",
      staffId: staffIds[0] ?? null,
    });
  }
  // Every page of this database says it is the demo (lib/setup/centre-mode.ts).
  await setCentreMode(prisma, "demo");
  return { created: true, signIns: DEMO_SIGN_INS };
}
