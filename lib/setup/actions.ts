import "server-only";
// First run: "Try the demo", "Set up my centre" (both signed out: nobody can sign in yet), and the
// demo coordinator's "wipe the demo" (settings). The two first-run commands refuse once the
// database holds a centre, whoever calls them and however often.
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { setUpCentreSchema, startDemoSchema, wipeDemoSchema } from "@/lib/setup/schemas";
import { setUpCentre } from "@/lib/setup/set-up-centre";
import { startDemo } from "@/lib/setup/start-demo";
import { wipeDemo, WIPE_ACTION } from "@/lib/setup/wipe-demo";
import { printSetupCode } from "@/lib/setup/print-setup-code";
import { timeZoneFixedByOperator } from "@/lib/env";
import { centreTimeZone } from "@/lib/nights/today";

export const startDemoAction = {
  name: "setup.demo",
  entity: "Setting",
  permission: "public",
  schema: startDemoSchema,
  // Two years of demo nights are written in one transaction: about 15 s on the embedded database.
  timeoutMs: 180_000,
  run: async ({ tx, now }) => {
    await startDemo(tx, now);
    return { data: undefined, entityId: "centre.mode" };
  },
} satisfies ActionDefinition<typeof startDemoSchema, undefined>;

export const setUpCentreAction = {
  name: "setup.centre",
  entity: "User",
  permission: "public",
  schema: setUpCentreSchema,
  timeoutMs: 30_000,
  run: async ({ tx, input, locale }) => {
    // The operator's CENTRE_TIME_ZONE wins over the form (the page shows it, not a choice).
    const timeZone = timeZoneFixedByOperator() ? centreTimeZone() : input.timeZone;
    const { userId } = await setUpCentre(tx, { ...input, timeZone }, locale);
    return { data: { timeZone }, entityId: userId };
  },
} satisfies ActionDefinition<typeof setUpCentreSchema, { timeZone: string }>;

/**
 * Not the usual transaction: the pipeline's audit row would name the coordinator, whose demo
 * account this very command deletes. The command runs its own transaction and writes its own
 * audit row (statement path, `audited: true`), after the same session, role and input checks.
 */
export const wipeDemoAction = {
  name: WIPE_ACTION,
  entity: "Setting",
  permission: "settings:manage",
  schema: wipeDemoSchema,
  statement: async ({ db, now }) => {
    const { code } = await wipeDemo(db, now);
    printSetupCode(code, "wiped");
    return { written: true, claimed: false, audited: true, outcome: { data: undefined } };
  },
} satisfies ActionDefinition<typeof wipeDemoSchema, undefined>;
