import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { foundOr404 } from "@/lib/programs/not-found";
import { workshopDetail } from "@/lib/programs/workshops";
import { PageTitle } from "@/components/ui/page-title";
import { AttendanceForm } from "@/components/programs/attendance-form";
import { day } from "@/components/programs/format";
import { saveAttendance } from "../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("workshops");
  return { title: t("title") };
}

export default async function WorkshopPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("programs:read", "workshops.detail");
  const { id } = await params;
  const workshop = await foundOr404(id, (workshopId) => workshopDetail(session, workshopId));
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const en = locale === "en";
  const description = en ? workshop.descriptionEn : workshop.descriptionFr;

  return (
    <>
      <p className="mb-2"><Link href="/workshops" className="text-brand-700 underline">{t("workshops.title")}</Link></p>
      <PageTitle lead={`${t(`programs.topics.${workshop.topic}`)} · ${t("workshops.when", { date: day(format, workshop.date, "full"), time: workshop.startTime })}`}>
        {en ? workshop.titleEn : workshop.titleFr}
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Panel headingId="about-heading" heading={t("workshops.title")} headingClassName="sr-only">
          {description ? <p className="mb-3 whitespace-pre-line">{description}</p> : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("workshops.facilitator")}</dt>
            <dd>{workshop.facilitator}</dd>
            <dt className="font-medium">{t("workshops.organisation")}</dt>
            <dd>{workshop.facilitatorOrganisation ?? "—"}</dd>
            <dt className="font-medium">{t("workshops.attendance")}</dt>
            <dd data-testid="workshop-attendance">{t("workshops.attendanceCount", { registered: workshop.registered, anonymous: workshop.anonymousCount })}</dd>
            <dt className="font-medium">{t("workshops.score")}</dt>
            <dd>{workshop.feedbackScore ?? t("workshops.noScore")}</dd>
          </dl>
          <h3 className="mt-4 mb-1 font-semibold">{t("workshops.attendees")}</h3>
          {workshop.attendees.length === 0 ? (
            <p className="text-stone-700">{t("workshops.noAttendees")}</p>
          ) : (
            <ul className="list-disc pl-5" data-testid="workshop-attendees">
              {workshop.attendees.map((person) => (
                <li key={person.id}>{person.alias} <span className="font-mono text-sm text-stone-600">{person.code}</span></li>
              ))}
            </ul>
          )}
        </Panel>
        {can(session.role, "programs:write") ? (
          <Panel headingId="attendance-heading" heading={t("workshops.attendance")}>
            <AttendanceForm
              workshopId={workshop.id}
              visitors={workshop.visitors}
              attendees={workshop.attendees}
              anonymousCount={workshop.anonymousCount}
              feedbackScore={workshop.feedbackScore}
              feedbackNote={workshop.feedbackNote}
              save={saveAttendance}
            />
          </Panel>
        ) : null}
      </div>
    </>
  );
}
