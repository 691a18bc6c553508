// A database nobody has set up: "Try the demo", "Set up my centre" with the code printed in the
// terminal, and the demo coordinator's wipe. Through the action pipeline, as the pages call them.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { setUpCentreAction, startDemoAction, wipeDemoAction } from "@/lib/setup/actions";
import { centreModeOf } from "@/lib/setup/centre-mode";
import { issueSetupCode, SETUP_CODE_ATTEMPTS } from "@/lib/setup/setup-code";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-users";
import { resolveStaffSession, openStaffSession } from "@/lib/auth/staff-sessions";
import { verifyPassword } from "@/lib/auth/password";
import { resetDatabase } from "@/tests/support/reset-database";
import { runAs } from "@/tests/support/front-desk";
import { testNow } from "@/tests/support/test-clock";

async function emptyDatabase(): Promise<string> {
  await resetDatabase(prisma);
  return issueSetupCode(prisma, testNow());
}

const form = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  username: "Nadia",
  displayName: "Nadia",
  password: "une phrase assez longue",
  passwordAgain: "une phrase assez longue",
  siteName: "Halte Centre-Sud",
  openWeekdays: ["2", "3", "4", "5"],
  opensAt: "18:00",
  closesAt: "22:30",
  timeZone: "America/Toronto",
  languages: ["fr", "en", "es"],
  catalogue: ["condoms", "lube", "soap", "socks"],
  vaccines: ["hep-a", "hep-b"],
  ...extra,
});

async function rowCounts() {
  const [users, participants, visits, nights, settings, audit] = await Promise.all([
    prisma.user.count(),
    prisma.participant.count(),
    prisma.visit.count(),
    prisma.night.count(),
    prisma.setting.count(),
    prisma.auditEvent.count(),
  ]);
  return { users, participants, visits, nights, settings, audit };
}

async function coordinatorSession(username: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { username } });
  return (await resolveStaffSession(await openStaffSession(user.id)))!;
}

describe("set up my centre", () => {
  let code: string;
  beforeEach(async () => {
    code = await emptyDatabase();
  });

  it("creates the first coordinator, the site and the chosen lists, and no demo record or account", async () => {
    const result = await runAs(prisma, setUpCentreAction, null, form(code.toLowerCase().replace(/-/g, " ")));
    expect(result).toMatchObject({ ok: true });

    const coordinator = await prisma.user.findUniqueOrThrow({ where: { username: "nadia" } });
    expect(coordinator.role).toBe("COORDINATOR");
    expect(await verifyPassword(coordinator.passwordHash, "une phrase assez longue")).toBe(true);
    expect(await prisma.user.count({ where: { username: { in: DEMO_SIGN_INS.map((demo) => demo.username) } } })).toBe(0);
    expect(await rowCounts()).toMatchObject({ users: 1, participants: 0, visits: 0, nights: 0 });
    expect(await prisma.site.findMany({ select: { name: true, openWeekdays: true, opensAt: true, closesAt: true } })).toEqual([
      { name: "Halte Centre-Sud", openWeekdays: [2, 3, 4, 5], opensAt: "18:00", closesAt: "22:30" },
    ]);
    const activeItems = await prisma.catalogueItem.findMany({ where: { active: true }, select: { key: true }, orderBy: { key: "asc" } });
    expect(activeItems.map((item) => item.key)).toEqual(["condoms", "lube", "soap", "socks"]);
    const activeVaccines = await prisma.clinicVaccine.findMany({ where: { active: true }, select: { key: true }, orderBy: { key: "asc" } });
    expect(activeVaccines.map((vaccine) => vaccine.key)).toEqual(["hep-a", "hep-b"]);
    expect(await centreModeOf(prisma)).toBe("real");
    expect((await prisma.setting.findUnique({ where: { key: "centre.languages" } }))?.value).toEqual(["fr", "en", "es"]);
    expect((await prisma.setting.findUnique({ where: { key: "setup.code" } }))).toBeNull();
    const audit = await prisma.auditEvent.findMany({ select: { action: true, outcome: true, entityId: true } });
    expect(audit).toEqual([{ action: "setup.centre", outcome: "SUCCESS", entityId: coordinator.id }]);

    // The same code, again, from another browser: the centre exists, nothing more is made.
    const again = await runAs(prisma, setUpCentreAction, null, form(code, { username: "intrus" }), { locale: "fr" });
    expect(again).toMatchObject({ ok: false, error: "Cette Halte est déjà configurée : connectez-vous." });
    expect(await prisma.user.count()).toBe(1);
    // Nor can the demo be loaded over it.
    expect(await runAs(prisma, startDemoAction, null, {})).toMatchObject({ ok: false });
    expect(await prisma.participant.count()).toBe(0);
  });

  it("refuses a wrong code, a weak password and two different passwords, writing only the audit row", async () => {
    const before = await rowCounts();
    const wrong = await runAs(prisma, setUpCentreAction, null, form("AAAA-BBBB-CCCC"), { locale: "fr" });
    expect(wrong).toMatchObject({ ok: false, error: "Ce code de configuration n'est pas celui affiché dans le terminal." });
    const weak = await runAs(prisma, setUpCentreAction, null, form(code, { password: "court", passwordAgain: "court" }));
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(weak.fieldErrors.password).toMatch(/10/);
    const differ = await runAs(prisma, setUpCentreAction, null, form(code, { passwordAgain: "une autre phrase longue" }));
    expect(differ.ok).toBe(false);
    if (!differ.ok) expect(differ.fieldErrors.passwordAgain).toBe("The two passwords are not the same.");
    const noDay = await runAs(prisma, setUpCentreAction, null, form(code, { openWeekdays: [] }));
    expect(noDay.ok).toBe(false);

    expect(await rowCounts()).toEqual({ ...before, audit: before.audit + 1 });
    expect(await prisma.auditEvent.findFirst({ select: { action: true, outcome: true, detail: true } })).toEqual({
      action: "setup.centre",
      outcome: "FAILURE",
      detail: "setup.errors.wrongCode",
    });
    // The right code still works after these.
    expect(await runAs(prisma, setUpCentreAction, null, form(code))).toMatchObject({ ok: true });
  });

  it(`voids the code after ${SETUP_CODE_ATTEMPTS} wrong tries: guessing it is not a way in`, async () => {
    for (let attempt = 0; attempt < SETUP_CODE_ATTEMPTS; attempt += 1) {
      expect(await runAs(prisma, setUpCentreAction, null, form(`WRNG-${String(attempt).padStart(4, "2")}-CODE`))).toMatchObject({ ok: false });
    }
    const right = await runAs(prisma, setUpCentreAction, null, form(code));
    expect(right).toMatchObject({ ok: false, error: expect.stringContaining("Restart Halte") });
    expect(await prisma.user.count()).toBe(0);
    // A new start prints a new code, which works.
    const fresh = await issueSetupCode(prisma, testNow());
    expect(await runAs(prisma, setUpCentreAction, null, form(fresh))).toMatchObject({ ok: true });
  });

  it("makes one centre when two people press at once with the right code", async () => {
    const results = await Promise.all([
      runAs(prisma, setUpCentreAction, null, form(code, { username: "premiere" })),
      runAs(prisma, setUpCentreAction, null, form(code, { username: "seconde" })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count()).toBe(1);
  });
});

describe("try the demo, then wipe it for the real centre", () => {
  it("loads the demo once, shows it as the demo, and lets only its coordinator wipe it after typing the phrase", async () => {
    const firstCode = await emptyDatabase();
    expect(await runAs(prisma, startDemoAction, null, {})).toMatchObject({ ok: true });
    expect(await centreModeOf(prisma)).toBe("demo");
    expect(await prisma.participant.count()).toBeGreaterThan(100);
    // The first run's code is gone with the choice: it cannot set up a centre over the demo.
    expect(await runAs(prisma, setUpCentreAction, null, form(firstCode))).toMatchObject({ ok: false });
    expect(await runAs(prisma, startDemoAction, null, {})).toMatchObject({ ok: false });

    const staff = await coordinatorSession("accueil");
    expect(await runAs(prisma, wipeDemoAction, staff, { confirmation: "WIPE THE DEMO" })).toMatchObject({ ok: false });
    const coordinator = await coordinatorSession("coordo");
    const typo = await runAs(prisma, wipeDemoAction, coordinator, { confirmation: "wipe" });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.fieldErrors.confirmation).toBe("Type the confirmation exactly as shown.");
    expect(await prisma.participant.count()).toBeGreaterThan(100);

    const wiped = await runAs(prisma, wipeDemoAction, coordinator, { confirmation: "effacer la démo" }, { locale: "fr" });
    expect(wiped).toMatchObject({ ok: true });
    expect(await rowCounts()).toMatchObject({ users: 0, participants: 0, visits: 0, nights: 0 });
    expect(await prisma.auditEvent.findMany({ select: { action: true, actorId: true } })).toEqual([{ action: "setup.wipe-demo", actorId: null }]);
    expect(await centreModeOf(prisma)).toBeNull();
    expect(await prisma.catalogueItem.count()).toBeGreaterThan(10);

    // The code printed after the wipe sets up the real centre; the wipe is then refused.
    const code = await issueSetupCode(prisma, testNow());
    expect(await runAs(prisma, setUpCentreAction, null, form(code))).toMatchObject({ ok: true });
    const real = await coordinatorSession("nadia");
    const refused = await runAs(prisma, wipeDemoAction, real, { confirmation: "WIPE THE DEMO" });
    expect(refused).toMatchObject({ ok: false, error: "Only the demo centre can be wiped: this one holds real records." });
    expect(await prisma.user.count()).toBe(1);
  });
});
