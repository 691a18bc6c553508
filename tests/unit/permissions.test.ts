import { describe, expect, it } from "vitest";
import { can, permissionsOf, PERMISSIONS } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import { navItemsFor } from "@/lib/navigation";

// docs/roles-and-privacy.md, row by row: who may do what. A change to the table must change this test too.
describe("need to know (docs/roles-and-privacy.md)", () => {
  it("keeps clinic records away from everyone but health staff", () => {
    expect(ROLES.filter((role) => can(role, "clinic:read"))).toEqual(["HEALTH"]);
    expect(ROLES.filter((role) => can(role, "clinic:write"))).toEqual(["HEALTH"]);
    expect(ROLES.filter((role) => can(role, "clinic:counts"))).toEqual(["COORDINATOR", "HEALTH"]);
    expect(ROLES.filter((role) => can(role, "clinic:settings"))).toEqual(["HEALTH"]);
    expect(ROLES.filter((role) => can(role, "stock:clinic"))).toEqual(["HEALTH"]);
  });

  it("keeps intake needs, notes and case files away from health staff and peers", () => {
    for (const permission of ["intake:read", "intake:write", "referrals:read", "referrals:write", "participants:card"] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(["COORDINATOR", "STAFF"]);
    }
  });

  it("lets peers see only the alert sheet of violence reports and only record visits and distributions", () => {
    expect(can("PEER", "violence:read")).toBe(false);
    expect(can("PEER", "violence:alert-sheet")).toBe(true);
    expect(permissionsOf("PEER").sort()).toEqual(
      ["clinic:flag", "directory:read", "participants:read", "programs:own-shifts", "self:manage", "violence:alert-sheet", "visits:record", "workshops:read"].sort(),
    );
  });

  it("gives workshops to everyone, the rest of the community programs to staff, and peers their own shifts only", () => {
    expect(ROLES.filter((role) => can(role, "workshops:read"))).toEqual(["COORDINATOR", "STAFF", "HEALTH", "PEER"]);
    for (const permission of ["programs:read", "programs:write"] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(["COORDINATOR", "STAFF"]);
    }
    expect(ROLES.filter((role) => can(role, "programs:own-shifts"))).toEqual(["PEER"]);
  });

  it("shows the changes that gave access to health data to the health team alone (rule 9)", () => {
    expect(ROLES.filter((role) => can(role, "health:access-log"))).toEqual(["HEALTH"]);
  });

  it("gives money, users, settings and the audit log to the coordinator alone", () => {
    for (const permission of ["reports:costs", "money:read", "costs:write", "users:manage", "settings:manage", "audit:read", "import:run"] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(["COORDINATOR"]);
    }
  });

  it("names only existing roles", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });

  it("shows each role only the sections it may use", () => {
    const visible = (role: (typeof ROLES)[number]) => navItemsFor(role).map((item) => item.href);
    expect(visible("COORDINATOR")).toContain("/users");
    for (const role of ["STAFF", "HEALTH", "PEER"] as const) expect(visible(role)).not.toContain("/users");
    expect(visible("PEER")).toContain("/violence/alert-sheet");
    expect(visible("PEER")).not.toContain("/violence");
    expect(visible("STAFF")).not.toContain("/violence/alert-sheet");
    expect(visible("HEALTH")).toContain("/clinic");
    expect(visible("HEALTH")).not.toContain("/clinic/figures"); // reached from /clinic
    expect(visible("COORDINATOR")).toContain("/clinic/figures");
    expect(visible("COORDINATOR")).not.toContain("/clinic");
    for (const role of ["STAFF", "PEER"] as const) expect(visible(role).filter((href) => href.startsWith("/clinic"))).toEqual([]);
  });
});
