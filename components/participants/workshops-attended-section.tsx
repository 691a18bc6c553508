import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { WorkshopEntry } from "@/lib/participants/profile-sections";
import { day } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";

/** The workshops the person attended, newest first; the export holds the same list. */
export async function WorkshopsAttendedSection({ workshops }: { workshops: WorkshopEntry[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  return (
    <Panel headingId="workshops-heading" heading={t("participants.workshopsAttended")} id="workshops">
      {workshops.length === 0 ? <p>{t("participants.noWorkshops")}</p> : (
        <ul>
          {workshops.map((workshop, index) => (
            <li key={index}>
              {/* Both titles: the person's record holds both, and the export shows both. */}
              <span lang={locale === "en" ? "en" : "fr"}>{locale === "en" ? workshop.titleEn : workshop.titleFr}</span>
              {" "}<span lang={locale === "en" ? "fr" : "en"} className="text-stone-700">({locale === "en" ? workshop.titleFr : workshop.titleEn})</span>
              {" · "}{t("workshops.when", { date: day(format, workshop.date), time: workshop.startTime })}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
