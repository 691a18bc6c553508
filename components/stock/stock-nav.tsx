import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LINKS = [
  ["/stock", "title"],
  ["/stock/receive", "receive"],
  ["/stock/count", "count"],
  ["/stock/ledger", "ledger"],
  ["/stock/figures", "figures"],
  ["/stock/items/new", "newItem"],
] as const;

/** The stock pages' own small menu. */
export async function StockNav({ current }: { current: (typeof LINKS)[number][0] }) {
  const t = await getTranslations("stock");
  return (
    <nav aria-label={t("title")} className="mb-4 flex flex-wrap gap-2">
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
