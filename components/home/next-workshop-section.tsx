import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { NextWorkshopItem } from "@/lib/home/shift-summary";
import { day } from "@/components/programs/format";
import { HomeCard, Quiet } from "./home-card";

/** The next workshop, so whoever is on shift can tell people about it. */
export async function NextWorkshopSection({ item, href }: { item: NextWorkshopItem; href: string }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  return (
    <HomeCard id="next-workshop" heading={t("home.nextWorkshop.heading")} href={href} linkLabel={t("home.nextWorkshop.link")}>
      {item ? (
        <p>
          <span className="font-medium">{locale === "en" ? item.titleEn : item.titleFr}</span>
          <span className="text-stone-700"> · {t("workshops.when", { date: day(format, item.date, "full"), time: item.startTime })}</span>
        </p>
      ) : (
        <Quiet>{t("home.nextWorkshop.none")}</Quiet>
      )}
    </HomeCard>
  );
}
