import { getTranslations } from "next-intl/server";
import type { TonightItem } from "@/lib/home/shift-summary";
import { HomeCard, Quiet } from "./home-card";

/** Tonight open or not, its counts and the team on shift. */
export async function TonightSection({ item, href }: { item: TonightItem; href: string }) {
  const t = await getTranslations("home.tonight");
  return (
    <HomeCard id="tonight" heading={t("heading")} href={href} linkLabel={t("link")}>
      {item.open ? (
        <>
          <p className="font-medium">{t("open")}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label={t("countsLabel")}>
            <li>{t("visits", { count: item.counts.visits })}</li>
            <li>{t("present", { count: item.counts.present })}</li>
            <li>{t("newParticipants", { count: item.counts.newParticipants })}</li>
            <li>{t("anonymous", { count: item.counts.anonymous })}</li>
          </ul>
          <p className="mt-2 text-stone-800" data-testid="home-team">
            {item.team.length > 0 ? t("team", { names: item.team.join(", ") }) : t("noTeam")}
          </p>
        </>
      ) : (
        <Quiet>{t("closed")}</Quiet>
      )}
    </HomeCard>
  );
}
