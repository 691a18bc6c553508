import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { centreToday } from "@/lib/nights/today";
import { clinicians, tonightClinic, type SessionSummary } from "@/lib/clinic/queries";
import { searchDirectory } from "@/lib/directory/partners";
import { formatCode } from "@/lib/participants/code-format";
import { PageTitle } from "@/components/ui/page-title";
import { NewSessionForm } from "@/components/clinic/new-session-form";
import { OwedList } from "@/components/clinic/owed-list";
import { createClinicSession } from "./actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("clinic");
  return { title: t("title") };
}

async function SessionLinks({ sessions }: { sessions: SessionSummary[] }) {
  const t = await getTranslations();
  return (
    <ul className="flex flex-col gap-2">
      {sessions.map((session) => (
        <li key={session.id}>
          <Link href={`/clinic/sessions/${session.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            {session.date} · {t(`clinic.sessionTypes.${session.type}`)}
            {session.partner ? ` · ${session.partner}` : ""} · {t("clinic.encounterCount", { count: session.encounters })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function ClinicPage() {
  const session = await requirePagePermission("clinic:read", "clinic");
  const today = centreToday();
  const [clinic, team, partners, t] = await Promise.all([tonightClinic(session, today), clinicians(session), searchDirectory(session, {}), getTranslations()]);

  return (
    <>
      <PageTitle lead={t("clinic.lead")}>{t("clinic.title")}</PageTitle>
      <nav aria-label={t("clinic.sections")} className="mb-4 flex flex-wrap gap-4">
        <Link href="/clinic/figures" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("clinic.figures.title")}</Link>
        <Link href="/field/clinic" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("field.openClinic")}</Link>
        {can(session.role, "clinic:settings") ? <Link href="/clinic/settings" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("clinic.settings.title")}</Link> : null}
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel headingId="tonight-sessions" heading={t("clinic.tonightSessions")}>
          {clinic.sessions.length === 0 ? <p className="mb-3">{t("clinic.noSessionTonight")}</p> : <SessionLinks sessions={clinic.sessions} />}
          <details className="mt-3" open={clinic.sessions.length === 0}>
            <summary className="cursor-pointer font-medium">{t("clinic.newSession")}</summary>
            <div className="mt-3">
              <NewSessionForm today={today} clinicians={team} partners={partners.map((partner) => ({ id: partner.id, name: partner.name }))} create={createClinicSession} />
            </div>
          </details>
        </Panel>
        <Panel headingId="due-tonight" heading={t("clinic.dueTonight")}>
          {clinic.nightId === null ? <p>{t("clinic.noNightTonight")}</p> : clinic.people.length === 0 ? <p>{t("clinic.nobodyDue")}</p> : (
            <ul className="flex flex-col gap-3" data-testid="clinic-due-list">
              {clinic.people.map((person) => (
                <li key={person.id} className="rounded-md border border-stone-200 p-3" aria-label={person.alias}>
                  <p className="font-medium">
                    <Link href={`/participants/${person.id}#clinic`} className="text-brand-700 underline">{person.alias}</Link>{" "}
                    <span className="font-mono text-sm">{formatCode(person.code)}</span>
                  </p>
                  <OwedList owed={person.due} />
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel headingId="recent-sessions" heading={t("clinic.recentSessions")} className="lg:col-span-2">
          {clinic.recent.length === 0 ? <p>{t("clinic.noRecentSessions")}</p> : <SessionLinks sessions={clinic.recent} />}
        </Panel>
      </div>
    </>
  );
}
