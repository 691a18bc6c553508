import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LINKS = [
  ["/workshops", "workshops.title"],
  ["/volunteers", "nav.volunteers"],
  ["/volunteers/committee", "volunteers.committee"],
  ["/outreach", "nav.outreach"],
  ["/outreach/venues", "outreach.venues"],
  ["/programs/figures", "programs.figuresLink"],
] as const;

export type ProgramsPage = (typeof LINKS)[number][0];

/** The community programs' own small menu (staff and coordinator). */
export async function ProgramsNav({ current }: { current: ProgramsPage }) {
  const t = await getTranslations();
  return (
    <nav aria-label={t("programs.menu")} className="mb-4 flex flex-wrap gap-2">
      {LINKS.map(([href, key]) => (
        <Link
          key={href}
          href={href}
          aria-current={href === current ? "page" : undefined}
          className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-3 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
