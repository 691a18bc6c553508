import { getLocale, getTranslations } from "next-intl/server";
import type { LowStockItem } from "@/lib/home/shift-summary";
import { HomeCard, MoreLine, Quiet } from "./home-card";

/** Active items under their reorder threshold, the emptiest first. */
export async function LowStockSection({ item, href }: { item: LowStockItem; href: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <HomeCard id="low-stock" heading={t("home.lowStock.heading")} href={href} linkLabel={t("home.lowStock.link")}>
      {item.total === 0 ? (
        <Quiet>{t("home.lowStock.none")}</Quiet>
      ) : (
        <>
          <ul className="flex flex-col gap-1">
            {item.rows.map((row) => (
              <li key={row.id}>
                <span className="font-medium">{locale === "en" ? row.nameEn : row.nameFr}</span>
                <span className="text-stone-700"> · {t("home.lowStock.level", { onHand: row.onHand, threshold: row.threshold, unit: locale === "en" ? row.unitEn : row.unitFr })}</span>
              </li>
            ))}
          </ul>
          <MoreLine total={item.total} shown={item.rows.length} label={(count) => t("home.more", { count })} />
        </>
      )}
    </HomeCard>
  );
}
