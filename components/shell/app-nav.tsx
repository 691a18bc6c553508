"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string; badge?: string };

/**
 * The main navigation. Below 640 px (a phone) it folds behind one "Menu" button, so that the
 * page, not a third of the screen of links, is what a phone shows first;
 * from 640 px on, every entry is visible as before.
 */
export function AppNav({ links, label, menuLabel }: { links: NavLink[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={label} className="bg-brand-800">
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
        {links.map((link) => {
          const current = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                onClick={() => setOpen(false)}
                className="inline-flex min-h-11 items-center rounded-md px-3 text-white hover:bg-white/10 aria-[current=page]:bg-white aria-[current=page]:text-brand-800"
              >
                {link.label}
                {link.badge ? (
                  <span className="ml-2 rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="nav-badge">
                    {link.badge}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
