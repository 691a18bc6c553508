// The shift's home page (issue 16 part 6): each role's home holds exactly the items whose pages
// that role may open, checked against the permission table; the clinic item (health data) never
// reaches another role, not even as a count; and on the demo centre every item has something.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { openStaffSession, resolveStaffSession, type SessionUser } from "@/lib/auth/staff-sessions";
import { navItemsFor } from "@/lib/navigation";
import { HOME_ITEMS, shiftSummary, type HomeItemKey, type ShiftSummary } from "@/lib/home/shift-summary";
import { expiringTrainings } from "@/lib/programs/expiring-trainings";
import { addDays, dateOnly } from "@/lib/nights/local-date";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-users";
import { resetDatabase } from "@/tests/support/reset-database";

// The demo's own evening (as in demo-seed.test.ts): a Thursday in Montreal, doors open. The
// summary is given this date, so the test does not depend on the wall clock.
const DEMO_NOW = new Date("2026-11-26T23:30:00Z");
const TODAY = "2026-11-26";
const ROLES: Role[] = ["COORDINATOR", "STAFF", "HEALTH", "PEER"];

// Written out by hand from the pages each item links to (their requirePagePermission), not
// read from lib/home: an item that leaks to a role, or a changed gate, fails here.
const ITEM_PERMISSION: Record<HomeItemKey, Permission> = {
  tonight: "visits:record",
  followUps: "referrals:read",
  lowStock: "stock:read",
  overdueVenues: "programs:read",
  trainings: "programs:read",
  nextWorkshop: "workshops:read",
  clinic: "clinic:read",
};

const itemsOf = (summary: ShiftSummary) => Object.keys(summary).filter((key) => key !== "today").sort();

async function demoSession(role: Role): Promise<SessionUser> {
  const demo = DEMO_SIGN_INS.find((entry) => entry.role === role)!;
  const user = await prisma.user.findUniqueOrThrow({ where: { username: demo.username }, select: { id: true } });
  const session = await resolveStaffSession(await openStaffSession(user.id));
  if (!session) throw new Error("the demo session did not resolve");
  return session;
}

describe("the shift's home page", () => {
  const sessions = {} as Record<Role, SessionUser>;
  const summaries = {} as Record<Role, ShiftSummary>;

  beforeAll(async () => {
    await resetDatabase(prisma);
    await seedDemoData(prisma, { today: DEMO_NOW, timeZone: "America/Montreal" });
    for (const role of ROLES) {
      sessions[role] = await demoSession(role);
      summaries[role] = await shiftSummary(sessions[role], TODAY);
    }
  }, 240_000);

  it.each(ROLES)("%s sees exactly the items the permission table gives it, each linking to a page of its menu", (role) => {
    const expected = (Object.keys(ITEM_PERMISSION) as HomeItemKey[]).filter((key) => can(role, ITEM_PERMISSION[key])).sort();
    expect(itemsOf(summaries[role])).toEqual(expected);
    const menu = new Set(navItemsFor(role).map((item) => item.href));
    for (const key of expected) expect(menu.has(HOME_ITEMS[key].href.split("?")[0]!), `${key} → ${HOME_ITEMS[key].href}`).toBe(true);
  });

  it("gives each role what the role table says: the evening's items to the desk, the clinic to the health team", () => {
    expect(itemsOf(summaries.STAFF)).toEqual(["followUps", "lowStock", "nextWorkshop", "overdueVenues", "tonight", "trainings"]);
    expect(itemsOf(summaries.COORDINATOR)).toEqual(["followUps", "lowStock", "nextWorkshop", "overdueVenues", "tonight", "trainings"]);
    expect(itemsOf(summaries.HEALTH)).toEqual(["clinic", "nextWorkshop"]);
    expect(itemsOf(summaries.PEER)).toEqual(["nextWorkshop", "tonight"]);
  });

  it("never lets health data reach another role: no clinic item, no clinic session, no read of who is due", async () => {
    const clinic = summaries.HEALTH.clinic!;
    expect(clinic.due.total).toBeGreaterThan(0);
    for (const role of ["COORDINATOR", "STAFF", "PEER"] as const) {
      const json = JSON.stringify(summaries[role]);
      expect(json).not.toContain('"clinic"');
      for (const session of clinic.sessions) expect(json).not.toContain(session.id);
      // The home of another role never even ran the clinic query (it is an audited health read).
      expect(await prisma.auditEvent.count({ where: { actorId: sessions[role].userId, action: { startsWith: "clinic." } } })).toBe(0);
    }
    // The health team's landing read who is due: on record, as the landing's one row.
    expect(await prisma.auditEvent.findMany({ where: { actorId: sessions.HEALTH.userId, action: "home.read" }, select: { detail: true } })).toEqual([{ detail: "clinic,nextWorkshop" }]);
  });

  it("writes one audit row per landing, naming the items shown, and none of the worklist's or the clinic screen's", async () => {
    for (const role of ROLES) {
      const rows = await prisma.auditEvent.findMany({ where: { actorId: sessions[role].userId, action: { in: ["home.read", "referrals.worklist", "clinic.due.read"] } }, select: { action: true, outcome: true, detail: true } });
      expect(rows, role).toEqual([{ action: "home.read", outcome: "SUCCESS", detail: itemsOf(summaries[role]).join(",") }]);
    }
  });

  it("has something in every item on the demo centre", () => {
    const staff = summaries.STAFF;
    expect(staff.tonight).toMatchObject({ open: true, date: TODAY });
    if (!staff.tonight?.open) throw new Error("tonight should be open on the demo");
    expect(staff.tonight.counts.visits).toBeGreaterThan(0);
    expect(staff.tonight.team.length).toBeGreaterThan(0);
    // The desk's own follow-ups, due today or overdue, never someone else's.
    expect(staff.followUps!.total).toBeGreaterThan(0);
    expect(staff.followUps!.rows.every((row) => row.followUpOn <= TODAY)).toBe(true);
    expect(staff.lowStock!.total).toBeGreaterThan(0);
    expect(staff.overdueVenues!.total).toBeGreaterThan(0);
    // The demo's patroller whose first-aid card runs out in twelve days (prisma/seed/demo/community-programs.ts).
    expect(staff.trainings!.rows).toContainEqual(expect.objectContaining({ kind: "OTHER", label: "Premiers soins", expiresOn: addDays(TODAY, 12), expired: false }));
    expect(staff.nextWorkshop).not.toBeNull();
    expect(staff.nextWorkshop!.date >= TODAY).toBe(true);
    expect(summaries.PEER.tonight).toEqual(staff.tonight);
    const clinic = summaries.HEALTH.clinic!;
    expect(clinic.nightOpen).toBe(true);
    expect(clinic.sessions.length).toBeGreaterThan(0);
    expect(clinic.due.rows.length).toBeLessThanOrEqual(5);
  });

  it("lists only the signed-in person's own follow-ups", async () => {
    const mine = await prisma.referral.count({
      where: { staffId: sessions.STAFF.userId, medical: false, status: { in: ["SUGGESTED", "REFERRED", "NOT_CONNECTED"] }, followUpOn: { lte: dateOnly(TODAY) } },
    });
    expect(summaries.STAFF.followUps!.total).toBe(mine);
    const ids = new Set(summaries.STAFF.followUps!.rows.map((row) => row.id));
    const others = await prisma.referral.count({ where: { id: { in: [...ids] }, NOT: { staffId: sessions.STAFF.userId } } });
    expect(others).toBe(0);
  });

  it("drops a training once it is renewed, and keeps one that just ran out", async () => {
    const volunteer = await prisma.volunteer.findFirstOrThrow({ where: { active: true }, select: { id: true }, orderBy: { createdAt: "asc" } });
    const label = "Premiers soins (test)";
    await prisma.volunteerTraining.create({ data: { volunteerId: volunteer.id, kind: "OTHER", label, takenOn: dateOnly(addDays(TODAY, -700)), expiresOn: dateOnly(addDays(TODAY, -3)) } });
    const listed = () => expiringTrainings(sessions.STAFF, TODAY).then((rows) => rows.filter((row) => row.label === label));
    expect(await listed()).toEqual([expect.objectContaining({ volunteerId: volunteer.id, expired: true, expiresOn: addDays(TODAY, -3) })]);
    await prisma.volunteerTraining.create({ data: { volunteerId: volunteer.id, kind: "OTHER", label, takenOn: dateOnly(addDays(TODAY, -1)), expiresOn: dateOnly(addDays(TODAY, 729)) } });
    expect(await listed()).toEqual([]);
  });
});
