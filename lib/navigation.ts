// The navigation, one entry per section. A person sees only the entries their role may use;
// later issues add their sections here, so no link ever leads to a page that does not exist.
import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; labelKey: string; permission: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "nav.home", permission: "self:manage" },
  { href: "/tonight", labelKey: "nav.tonight", permission: "visits:record" },
  { href: "/participants", labelKey: "nav.participants", permission: "participants:profile" },
  { href: "/nights", labelKey: "nav.nights", permission: "nights:manage" },
  { href: "/referrals", labelKey: "nav.referrals", permission: "referrals:read" },
  { href: "/directory", labelKey: "nav.directory", permission: "directory:read" },
  { href: "/stock", labelKey: "nav.stock", permission: "stock:read" },
  { href: "/users", labelKey: "nav.users", permission: "users:manage" },
  { href: "/settings", labelKey: "nav.settings", permission: "settings:manage" },
  { href: "/account", labelKey: "nav.account", permission: "self:manage" },
];
