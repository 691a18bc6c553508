"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string; badge?: string };
/** One entry of the bar: a page, or a group of pages (lib/navigation.ts navEntriesFor). */
export type NavBarEntry = { kind: "link"; link: NavLink } | { kind: "group"; id: string; label: string; links: NavLink[] };

const isCurrent = (href: string, pathname: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
const entryClass =
  "inline-flex min-h-11 w-full items-center rounded-md px-3 text-white hover:bg-white/10 aria-[current=page]:bg-white aria-[current=page]:text-brand-800";

/**
 * The main navigation. Below 640 px (a phone) it folds behind one "Menu" button, so that the
 * page, not a third of the screen of links, is what a phone shows first. A long menu (the
 * coordinator's) is grouped: each group is one entry of the bar that opens its pages in place,
 * one group at a time; Escape, a click elsewhere or choosing a page closes it.
 */
export function AppNav({ entries, label, menuLabel }: { entries: NavBarEntry[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const navRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!openGroup) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpenGroup(null);
    };
    const onClick = (event: MouseEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpenGroup(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [openGroup]);

  const chosen = () => {
    setOpen(false);
    setOpenGroup(null);
  };
  const linkItem = (link: NavLink) => (
    <Link href={link.href} aria-current={isCurrent(link.href, pathname) ? "page" : undefined} onClick={chosen} className={entryClass}>
      {link.label}
      {link.badge ? <Badge text={link.badge} /> : null}
    </Link>
  );

  return (
    <nav ref={navRef} aria-label={label} className="bg-brand-800">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="main-nav-links"
        onClick={() => setOpen((value) => !value)}
        className="mx-4 my-1 inline-flex min-h-11 items-center rounded-md px-3 font-medium text-white hover:bg-white/10 sm:hidden"
      >
        {menuLabel}
      </button>
      <ul id="main-nav-links" className={`mx-auto max-w-6xl flex-wrap gap-1 px-4 py-1 ${open ? "flex flex-col" : "hidden"} sm:flex sm:flex-row`}>
        {entries.map((entry) => {
          if (entry.kind === "link") return <li key={entry.link.href}>{linkItem(entry.link)}</li>;
          const expanded = openGroup === entry.id;
          const here = entry.links.some((link) => isCurrent(link.href, pathname));
          const badge = entry.links.find((link) => link.badge)?.badge;
          return (
            <li key={entry.id} className="relative">
              <button
                type="button"
                aria-expanded={expanded}
                aria-controls={`nav-group-${entry.id}`}
                onClick={() => setOpenGroup(expanded ? null : entry.id)}
                className={`${entryClass} gap-1 ${here ? "underline decoration-2 underline-offset-4" : ""}`}
              >
                {entry.label}
                {badge ? <Badge text={badge} testId="nav-group-badge" /> : null}
                <span aria-hidden="true" className="text-xs">
                  {expanded ? "▲" : "▼"}
                </span>
              </button>
              <ul
                id={`nav-group-${entry.id}`}
                className={`${expanded ? "flex" : "hidden"} flex-col gap-1 py-1 pl-4 sm:absolute sm:left-0 sm:top-full sm:z-20 sm:min-w-56 sm:rounded-md sm:bg-brand-800 sm:p-2 sm:shadow-lg`}
              >
                {entry.links.map((link) => (
                  <li key={link.href}>{linkItem(link)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Badge({ text, testId = "nav-badge" }: { text: string; testId?: string }) {
  return (
    <span className="ml-2 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid={testId}>
      {text}
    </span>
  );
}
