import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requirePageSession } from "@/lib/auth/page-guards";
import { navEntriesFor, type NavItem } from "@/lib/navigation";
import { lowStockCount } from "@/lib/stock/queries";
import { AppNav, type NavBarEntry, type NavLink } from "@/components/shell/app-nav";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { DemoBanner } from "@/components/shell/demo-banner";
import { centreMode } from "@/lib/setup/queries";
import { ClientMessages } from "@/components/i18n/client-messages";
import { setMyLanguage, signOut } from "./actions";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await requirePageSession();
  const [t, lowItems, mode] = await Promise.all([getTranslations(), lowStockCount(session), centreMode()]);
  const link = (item: NavItem): NavLink => ({
    href: item.href,
    label: t(item.labelKey),
    badge: item.href === "/stock" && lowItems > 0 ? t("nav.lowStockBadge", { count: lowItems }) : undefined,
  });
  const entries: NavBarEntry[] = navEntriesFor(session.role).map((entry) =>
    entry.kind === "link"
      ? { kind: "link", link: link(entry.item) }
      : { kind: "group", id: entry.group, label: t(`nav.groups.${entry.group}`), links: entry.items.map(link) },
  );

  return (
    // The shell's and the home page's client components (the language switch, the backup key's
    // acknowledgement); each section's layout gives its pages theirs.
    <ClientMessages only={["language", "settings", "validation", "errors"]}>
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
        {t("nav.skipToContent")}
      </a>
      {mode === "demo" ? <DemoBanner /> : null}
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-xl font-semibold">Halte</p>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm" data-testid="signed-in-as">
              {session.displayName} · {t(`roles.${session.role}`)}
            </p>
            <LanguageSwitch setLanguage={setMyLanguage} />
            <SignOutButton signOut={signOut} />
          </div>
        </div>
        <AppNav entries={entries} label={t("nav.label")} menuLabel={t("nav.menu")} />
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
    </ClientMessages>
  );
}
