"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string; badge?: string };

export function AppNav({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="bg-brand-800">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-1">
        {links.map((link) => {
          const current = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
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
