import Link from "next/link";

export type LinkTab = { href: string; label: string };

/**
 * A row of links where the one for the current page is marked (aria-current, filled): the small
 * menus of a section (stock, programs) and the choices a page offers as links (a year, mine or
 * everyone's). A server component: plain links, no client JavaScript of its own.
 */
export function LinkTabs({ label, tabs, current }: { label: string; tabs: LinkTab[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-3 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
