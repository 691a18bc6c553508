import { getTranslations } from "next-intl/server";
import type { OverdueVenuesItem } from "@/lib/home/shift-summary";
import { HomeCard, MoreLine, Quiet } from "./home-card";

/** Outreach venues past the gap their weekly target allows, the most overdue first. */
export async function OverdueVenuesSection({ item, href }: { item: OverdueVenuesItem; href: string }) {
  const t = await getTranslations("home");
  return (
    <HomeCard id="overdue-venues" heading={t("overdueVenues.heading")} href={href} linkLabel={t("overdueVenues.link")}>
      {item.total === 0 ? (
        <Quiet>{t("overdueVenues.none")}</Quiet>
      ) : (
        <>
          <ul className="flex flex-col gap-1">
            {item.rows.map((row) => (
              <li key={row.id}>
                <span className="font-medium">{row.name}</span>
                <span className="text-stone-700"> · {row.area} · {row.daysSince === null ? t("overdueVenues.never") : t("overdueVenues.daysSince", { days: row.daysSince })}</span>
              </li>
            ))}
          </ul>
          <MoreLine total={item.total} shown={item.rows.length} label={(count) => t("more", { count })} />
        </>
      )}
    </HomeCard>
  );
}
