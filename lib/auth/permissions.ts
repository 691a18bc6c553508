import "server-only";
// Named permissions (docs/architecture.md, "Roles and permissions"). Every query and command
// checks one of these in lib/; pages and the proxy only redirect. A name nothing checks is
// removed (tests/unit/permissions-used.test.ts), so that none reads like a rule that holds.
import { AccessDeniedError } from "../errors.ts";
import type { Role } from "./roles.ts";

export const PERMISSIONS = {
  // participants and the front desk
  "participants:read": ["COORDINATOR", "STAFF", "HEALTH", "PEER"],
  "participants:profile": ["COORDINATOR", "STAFF", "HEALTH"],
  "participants:write": ["COORDINATOR", "STAFF"],
  "participants:merge": ["COORDINATOR", "STAFF"],
  /** A printable wallet card with the person's code: those who open a profile and check people in. */
  "participants:card": ["COORDINATOR", "STAFF"],
  "restrictions:manage": ["COORDINATOR", "STAFF"],
  /** Law 25 rights: a participant's record exported (each role its own sections) ... */
  "participants:export": ["COORDINATOR", "HEALTH"],
  /** ... and anonymised on request or after the retention period. */
  "participants:anonymise": ["COORDINATOR"],
  "nights:manage": ["COORDINATOR", "STAFF"],
  "intake:read": ["COORDINATOR", "STAFF"],
  "intake:write": ["COORDINATOR", "STAFF"],
  /** A visit, its services and the items handed out at it (the distribution leaves the stock ledger). */
  "visits:record": ["COORDINATOR", "STAFF", "PEER"],
  // health: staff and peers only ever see a neutral follow-up flag
  "clinic:read": ["HEALTH"],
  "clinic:write": ["HEALTH"],
  "clinic:counts": ["COORDINATOR", "HEALTH"],
  "clinic:flag": ["COORDINATOR", "STAFF", "HEALTH", "PEER"],
  /** Recording HIV results on or off, the vaccine list and its dose schedules. */
  "clinic:settings": ["HEALTH"],
  // case management
  "directory:read": ["COORDINATOR", "STAFF", "HEALTH", "PEER"],
  "directory:write": ["COORDINATOR", "STAFF"],
  "referrals:read": ["COORDINATOR", "STAFF"],
  "referrals:write": ["COORDINATOR", "STAFF"],
  "referrals:medical": ["COORDINATOR", "HEALTH"],
  "violence:read": ["COORDINATOR", "STAFF", "HEALTH"],
  "violence:write": ["COORDINATOR", "STAFF"],
  "violence:share": ["COORDINATOR", "STAFF"],
  "violence:alert-sheet": ["COORDINATOR", "STAFF", "HEALTH", "PEER"],
  // stock
  "stock:read": ["COORDINATOR", "STAFF"],
  "stock:write": ["COORDINATOR", "STAFF"],
  "stock:clinic": ["HEALTH"],
  /** Passing a per-person limit, with a reason: never a peer on shift. */
  "stock:override-limit": ["COORDINATOR", "STAFF"],
  // community programs
  "programs:read": ["COORDINATOR", "STAFF"],
  "programs:write": ["COORDINATOR", "STAFF"],
  "programs:own-shifts": ["PEER"],
  /** The workshop list and what is coming up: no attendee, every role. */
  "workshops:read": ["COORDINATOR", "STAFF", "HEALTH", "PEER"],
  // money and reports
  "reports:costs": ["COORDINATOR"],
  /** Any dollar figure (supply values, unit costs, donated values, honoraria): privacy rule 9. */
  "money:read": ["COORDINATOR"],
  /** The annual report page: each role sees the sections its other permissions allow. */
  "reports:read": ["COORDINATOR", "STAFF", "HEALTH"],
  /** The report's operational sections (visits, services, programs), without money. */
  "reports:operational": ["COORDINATOR", "STAFF"],
  /** Figures that leave the centre (funder export), small cells suppressed. */
  "reports:export": ["COORDINATOR"],
  "costs:write": ["COORDINATOR"],
  // administration
  "users:manage": ["COORDINATOR"],
  "settings:manage": ["COORDINATOR"],
  /** Bringing the centre's past into Halte: its participants and its nights' tallies (lib/import). */
  "import:run": ["COORDINATOR"],
  "audit:read": ["COORDINATOR"],
  /** The register of confidentiality incidents (Law 25): the person in charge of privacy. */
  "incidents:manage": ["COORDINATOR"],
  /** The list of account changes that gave access to health data (privacy rule 9). */
  "health:access-log": ["HEALTH"],
  // every signed-in person may change their own language and sign out
  "self:manage": ["COORDINATOR", "STAFF", "HEALTH", "PEER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * The one check a query or command makes before it reads or writes: throws AccessDeniedError
 * (the pages answer 403, the action wrapper audits a refusal) unless the role has the permission,
 * or one of the alternatives after it.
 */
export function requirePermission(session: { role: Role }, permission: Permission, ...alternatives: Permission[]): void {
  if ([permission, ...alternatives].some((name) => can(session.role, name))) return;
  throw new AccessDeniedError(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));
}
