import "server-only";
// The navigation, one entry per section. A person sees only the entries their role may use;
// later issues add their sections here, so no link ever leads to a page that does not exist.
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { Messages } from "next-intl";

/** A page's label in the menu: one of the "nav" messages (checked against messages/en.json). */
type NavLabelKey = `nav.${Exclude<keyof Messages["nav"], "groups">}`;

/** The sections of a grouped menu, in the order the menu shows them. */
export const NAV_GROUPS = ["frontDesk", "programs", "health", "reports", "admin"] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/**
 * `unless`: hidden from a role that has this permission too (it reaches the page another way).
 * `group`: where the entry sits in a grouped menu; home and the account stay on their own.
 */
export type NavItem = { href: string; labelKey: NavLabelKey; permission: Permission; unless?: Permission; group?: NavGroup };

/** One entry of the menu bar: a page, or a group of pages that opens in place. */
export type NavEntry<I = NavItem> = { kind: "link"; item: I } | { kind: "group"; group: NavGroup; items: I[] };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.home", permission: "self:manage" },
  { href: "/tonight", labelKey: "nav.tonight", permission: "visits:record", group: "frontDesk" },
  { href: "/participants", labelKey: "nav.participants", permission: "participants:profile", group: "frontDesk" },
  { href: "/nights", labelKey: "nav.nights", permission: "nights:manage", group: "frontDesk" },
  { href: "/referrals", labelKey: "nav.referrals", permission: "referrals:read", group: "programs" },
  { href: "/directory", labelKey: "nav.directory", permission: "directory:read", group: "frontDesk" },
  { href: "/violence", labelKey: "nav.violence", permission: "violence:read", group: "programs" },
  { href: "/violence/alert-sheet", labelKey: "nav.alerts", permission: "violence:alert-sheet", unless: "violence:read", group: "programs" },
  { href: "/stock", labelKey: "nav.stock", permission: "stock:read", group: "programs" },
  { href: "/workshops", labelKey: "nav.workshops", permission: "workshops:read", group: "programs" },
  { href: "/volunteers", labelKey: "nav.volunteers", permission: "programs:read", group: "programs" },
  { href: "/my-shifts", labelKey: "nav.myShifts", permission: "programs:own-shifts", group: "programs" },
  { href: "/outreach", labelKey: "nav.outreach", permission: "programs:read", group: "programs" },
  { href: "/clinic", labelKey: "nav.clinic", permission: "clinic:read", group: "health" },
  { href: "/clinic/figures", labelKey: "nav.clinicFigures", permission: "clinic:counts", unless: "clinic:read", group: "health" },
  { href: "/reports", labelKey: "nav.reports", permission: "reports:read", group: "reports" },
  { href: "/costs", labelKey: "nav.costs", permission: "reports:costs", group: "reports" },
  { href: "/users", labelKey: "nav.users", permission: "users:manage", group: "admin" },
  { href: "/settings", labelKey: "nav.settings", permission: "settings:manage", group: "admin" },
  { href: "/audit", labelKey: "nav.audit", permission: "audit:read", group: "admin" },
  { href: "/incidents", labelKey: "nav.incidents", permission: "incidents:manage", group: "admin" },
  { href: "/privacy", labelKey: "nav.privacy", permission: "participants:anonymise", group: "admin" },
  { href: "/account", labelKey: "nav.account", permission: "self:manage" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission) && !(item.unless && can(role, item.unless)));
}

/**
 * The coordinator's menu holds every section (20 entries, three lines on a desk screen): it is
 * grouped, each group one entry of the bar. The other roles' menus hold at most 13 entries and
 * their most used page (tonight, the clinic) stays one click away, so they are not grouped.
 */
const GROUPED_ROLES: readonly Role[] = ["COORDINATOR"];

/** The role's menu bar: its entries in order, grouped for the roles whose menu is long. */
export function navEntriesFor(role: Role): NavEntry[] {
  const items = navItemsFor(role);
  if (!GROUPED_ROLES.includes(role)) return items.map((item) => ({ kind: "link", item }));
  const entries: NavEntry[] = [];
  for (const item of items) {
    const group = item.group;
    if (!group) {
      entries.push({ kind: "link", item });
      continue;
    }
    const existing = entries.find((entry) => entry.kind === "group" && entry.group === group);
    if (existing && existing.kind === "group") existing.items.push(item);
    else entries.push({ kind: "group", group, items: [item] });
  }
  // A group of one is that page itself.
  return entries.map((entry) => (entry.kind === "group" && entry.items.length === 1 ? { kind: "link", item: entry.items[0]! } : entry));
}
