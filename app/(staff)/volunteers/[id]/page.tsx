import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { centreToday } from "@/lib/nights/today";
import { foundOr404 } from "@/lib/programs/not-found";
import { linkableAccounts, volunteerDetail } from "@/lib/programs/volunteers";
import { PageTitle } from "@/components/ui/page-title";
import { ShiftTable } from "@/components/programs/shift-table";
import { ActiveForm, LinkAccountForm, ShiftForm, TierChangeForm, TrainingForm } from "@/components/programs/volunteer-forms";
import { day } from "@/components/programs/format";
import { addTraining, changeTier, linkAccount, recordShift, setVolunteerActive } from "../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("volunteers");
  return { title: t("title") };
}

export default async function VolunteerPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("programs:read", "volunteers.detail");
  const { id } = await params;
  const volunteer = await foundOr404(id, (volunteerId) => volunteerDetail(session, volunteerId));
  const mayManageAccounts = can(session.role, "users:manage");
  const [t, format, accounts] = await Promise.all([getTranslations(), getFormatter(), mayManageAccounts ? linkableAccounts(session, volunteer.id) : Promise.resolve([])]);
  const write = can(session.role, "programs:write");
  const today = centreToday();

  return (
    <>
      <p className="mb-2"><Link href="/volunteers" className="text-brand-700 underline">{t("nav.volunteers")}</Link></p>
      <PageTitle lead={`${t(`programs.tiers.${volunteer.tier}`)} · ${t("volunteers.since", { date: day(format, volunteer.consentOn) })}${volunteer.active ? "" : ` · ${t("volunteers.inactive")}`}`}>
        {volunteer.alias} <span className="font-mono text-lg text-stone-600">{volunteer.code}</span>
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel headingId="tiers-heading" heading={t("volunteers.tierHistory")}>
          <ol className="mb-4 flex flex-col gap-1" data-testid="tier-history">
            {volunteer.tierHistory.map((change) => (
              <li key={change.id}>
                <span className="font-medium">{day(format, change.changedOn)}</span> — {t(`programs.tiers.${change.tier}`)}
                {change.note ? <span className="text-stone-700"> · {change.note}</span> : null}
              </li>
            ))}
          </ol>
          {write ? <TierChangeForm volunteerId={volunteer.id} tier={volunteer.tier} today={today} save={changeTier} /> : null}
        </Panel>
        <Panel headingId="trainings-heading" heading={t("volunteers.trainings")}>
          {volunteer.trainings.length === 0 ? <p className="mb-4 text-stone-700">{t("volunteers.noTrainings")}</p> : null}
          <ul className="mb-4 flex flex-col gap-1">
            {volunteer.trainings.map((training) => (
              <li key={training.id}>
                <span className="font-medium">{t(`programs.trainings.${training.kind}`)}</span>
                {training.label ? ` (${training.label})` : ""} · {day(format, training.takenOn)} →{" "}
                {training.expiresOn ? day(format, training.expiresOn) : t("volunteers.noExpiry")}
                {training.expiresOn && training.expiresOn < today ? <span className="ml-1 font-medium text-red-800">({t("volunteers.expired")})</span> : null}
              </li>
            ))}
          </ul>
          {write ? <TrainingForm volunteerId={volunteer.id} today={today} save={addTraining} /> : null}
        </Panel>
        <Panel headingId="shifts-heading" heading={t("volunteers.shifts")} className="lg:col-span-2">
          {write && volunteer.active ? <div className="mb-4"><ShiftForm volunteerId={volunteer.id} today={today} save={recordShift} /></div> : null}
          <ShiftTable shifts={volunteer.shifts} honoraria={can(session.role, "money:read")} />
        </Panel>
        {mayManageAccounts ? (
          <Panel headingId="account-heading" heading={t("volunteers.account")}>
            <LinkAccountForm volunteerId={volunteer.id} accountId={volunteer.accountId} accounts={accounts} save={linkAccount} />
          </Panel>
        ) : null}
        {write ? (
          <Panel headingId="active-heading" heading={t("volunteers.active")}>
            <ActiveForm volunteerId={volunteer.id} active={volunteer.active} save={setVolunteerActive} />
          </Panel>
        ) : null}
      </div>
    </>
  );
}
