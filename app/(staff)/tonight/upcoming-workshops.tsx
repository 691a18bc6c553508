import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { centreToday } from "@/lib/nights/today";
import { upcomingWorkshops } from "@/lib/programs/workshops";
import { day } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";

/** Tonight's screen: the next workshops, so the desk can tell people about them. */
export async function UpcomingWorkshops({ session }: { session: SessionUser }) {
  if (!can(session.role, "workshops:read")) return null;
  const [workshops, t, format, locale] = await Promise.all([upcomingWorkshops(session, centreToday(), 3), getTranslations("workshops"), getFormatter(), getLocale()]);
  if (workshops.length === 0) return null;
  return (
    <Panel headingId="upcoming-workshops-heading" heading={t("tonightHeading")} data-testid="upcoming-workshops">
      <ul className="flex flex-col gap-1">
        {workshops.map((workshop) => (
          <li key={workshop.id}>
            <span className="font-medium">{locale === "en" ? workshop.titleEn : workshop.titleFr}</span>
            <span className="text-stone-700"> · {t("when", { date: day(format, workshop.date), time: workshop.startTime })}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
