// The navigation, one entry per section. A person sees only the entries their role may use;
// later issues add their sections here, so no link ever leads to a page that does not exist.
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";

/** `unless`: hidden from a role that has this permission too (it reaches the page another way). */
export type NavItem = { href: string; labelKey: string; permission: Permission; unless?: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.home", permission: "self:manage" },
  { href: "/tonight", labelKey: "nav.tonight", permission: "visits:record" },
  { href: "/participants", labelKey: "nav.participants", permission: "participants:profile" },
  { href: "/nights", labelKey: "nav.nights", permission: "nights:manage" },
  { href: "/referrals", labelKey: "nav.referrals", permission: "referrals:read" },
  { href: "/directory", labelKey: "nav.directory", permission: "directory:read" },
  { href: "/violence", labelKey: "nav.violence", permission: "violence:read" },
  { href: "/violence/alert-sheet", labelKey: "nav.alerts", permission: "violence:alert-sheet", unless: "violence:read" },
  { href: "/stock", labelKey: "nav.stock", permission: "stock:read" },
  { href: "/workshops", labelKey: "nav.workshops", permission: "workshops:read" },
  { href: "/volunteers", labelKey: "nav.volunteers", permission: "programs:read" },
  { href: "/my-shifts", labelKey: "nav.myShifts", permission: "programs:own-shifts" },
  { href: "/outreach", labelKey: "nav.outreach", permission: "programs:read" },
  { href: "/clinic", labelKey: "nav.clinic", permission: "clinic:read" },
  { href: "/clinic/figures", labelKey: "nav.clinicFigures", permission: "clinic:counts", unless: "clinic:read" },
  { href: "/reports", labelKey: "nav.reports", permission: "reports:read" },
  { href: "/costs", labelKey: "nav.costs", permission: "reports:costs" },
  { href: "/users", labelKey: "nav.users", permission: "users:manage" },
  { href: "/settings", labelKey: "nav.settings", permission: "settings:manage" },
  { href: "/audit", labelKey: "nav.audit", permission: "audit:read" },
  { href: "/incidents", labelKey: "nav.incidents", permission: "incidents:manage" },
  { href: "/privacy", labelKey: "nav.privacy", permission: "participants:anonymise" },
  { href: "/account", labelKey: "nav.account", permission: "self:manage" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission) && !(item.unless && can(role, item.unless)));
}
