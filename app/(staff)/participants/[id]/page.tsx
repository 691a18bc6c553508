import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { participantProfile } from "@/lib/participants/profile";
import { formatCode } from "@/lib/participants/code-format";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { EditParticipantForm } from "@/components/participants/edit-participant-form";
import { NewIntakeForm } from "@/components/participants/new-intake-form";
import { AddRestrictionForm, EndRestrictionButton } from "@/components/participants/restriction-forms";
import { MergeForm } from "@/components/participants/merge-form";
import { ReferralsSection } from "./_sections/referrals-section";
import { ClinicHistorySection } from "./_sections/clinic-history-section";
import { AnonymiseForm } from "@/components/rights/anonymise-form";
import { anonymiseParticipant } from "../../privacy/actions";
import { addRestriction, endRestriction, mergeParticipants, recordIntake, updateParticipant } from "../actions";
import { ExportButton } from "@/components/ui/export-button";
import { VolunteerFileSection } from "@/components/participants/volunteer-file-section";
import { WorkshopsAttendedSection } from "@/components/participants/workshops-attended-section";
import { ViolenceReportsSection } from "@/components/participants/violence-reports-section";
import { day } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";

export default async function ParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("participants:profile", "participants.profile");
  const { id } = await params;
  const today = centreToday();
  const profile = await participantProfile(session, id, today);
  if (!profile) notFound();
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const details = profile.details;

  return (
    <>
      <p className="mb-2"><Link href="/participants" className="text-brand-700 underline">{t("participants.backToList")}</Link></p>
      <PageTitle lead={t("participants.visitCount", { count: profile.visitCount })}>
        {profile.alias}{" "}
        <span className="ml-2 rounded-md bg-stone-200 px-3 py-1 font-mono text-3xl tracking-widest" data-testid="participant-code">{formatCode(profile.code)}</span>
      </PageTitle>
      {profile.formerCode ? <p className="mb-4 text-stone-700">{t("participants.formerCode", { code: profile.formerCode })}</p> : null}
      {can(session.role, "participants:card") && !profile.anonymised ? (
        <p className="mb-4"><Link className="text-brand-700 underline" href={`/participants/${profile.id}/card`}>{t("card.link")}</Link></p>
      ) : null}
      {profile.restricted ? <p className="mb-4 rounded-md bg-red-100 p-3 font-medium text-red-900">{t("tonight.restricted")}</p> : null}
      {!details ? <p className="mb-4 text-sm text-stone-700">{t("participants.healthView")}</p> : null}
      {details ? (
        <p className="mb-4 text-sm text-stone-700">
          {t("participants.firstAndLastVisit", { first: details.firstVisitDate ? day(format, details.firstVisitDate) : "—", last: details.lastVisitDate ? day(format, details.lastVisitDate) : "—" })}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        {details ? (
          <>
            <Panel headingId="edit-heading" heading={t("participants.edit")}>
              {/* An anonymised record is final: the server refuses every change, the page offers none. */}
              {profile.anonymised ? (
                <p>{t("rights.isAnonymised")}</p>
              ) : (
                <EditParticipantForm participantId={profile.id} update={updateParticipant} values={{ alias: profile.alias, ...details }} />
              )}
            </Panel>
            <Panel headingId="intakes-heading" heading={t("participants.intakes")}>
              {details.intakes.length === 0 ? <p>{t("participants.noIntakes")}</p> : (
                <ol className="mb-4 flex flex-col gap-3">
                  {details.intakes.map((intake) => (
                    <li key={intake.id} className="rounded-md border border-stone-200 p-3">
                      <p className="font-medium">
                        {format.dateTime(intake.recordedAt, { dateStyle: "medium" })} · {t(`enums.consentScope.${intake.consentScope}`)} ({t("participants.consentOn", { date: intake.consentDate })})
                      </p>
                      {intake.immediateNeeds.length > 0 ? <p>{t("participants.immediateNeeds")} : {intake.immediateNeeds.map((need) => t(`enums.immediateNeed.${need}`)).join(", ")}</p> : null}
                      {intake.longTermNeeds.length > 0 ? <p>{t("participants.longTermNeeds")} : {intake.longTermNeeds.map((need) => t(`enums.longTermNeed.${need}`)).join(", ")}</p> : null}
                      {intake.housing ? <p>{t("participants.housing")} : {t(`enums.housing.${intake.housing}`)}</p> : null}
                      {intake.note ? <p className="mt-1 whitespace-pre-wrap italic">{intake.note}</p> : null}
                    </li>
                  ))}
                </ol>
              )}
              {profile.anonymised ? null : (
                <details>
                  <summary className="cursor-pointer font-medium">{t("participants.newIntake")}</summary>
                  <div className="mt-3"><NewIntakeForm participantId={profile.id} record={recordIntake} /></div>
                </details>
              )}
            </Panel>
            <Panel headingId="restrictions-heading" heading={t("participants.restrictions")}>
              {details.restrictions.length === 0 ? <p className="mb-3">{t("participants.noRestrictions")}</p> : (
                <ul className="mb-4 flex flex-col gap-2">
                  {details.restrictions.map((restriction) => (
                    <li key={restriction.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-stone-200 p-2">
                      <span>
                        {restriction.startsOn} → {restriction.endsOn ?? "…"} · {restriction.reason} ·{" "}
                        <strong>{restriction.active ? t("participants.active") : t("participants.ended")}</strong>
                      </span>
                      {restriction.active && !profile.anonymised ? <EndRestrictionButton restrictionId={restriction.id} today={today} end={endRestriction} /> : null}
                    </li>
                  ))}
                </ul>
              )}
              {profile.anonymised ? null : <AddRestrictionForm participantId={profile.id} today={today} add={addRestriction} />}
            </Panel>
            {profile.referrals ? <ReferralsSection session={session} participantId={profile.id} referrals={profile.referrals} today={today} anonymised={profile.anonymised} /> : null}
            {details.merges ? (
              <Panel headingId="merge-heading" heading={t("participants.merge")}>
                {profile.anonymised ? null : <MergeForm survivorId={profile.id} merge={mergeParticipants} />}
                {details.merges.length > 0 ? (
                  <>
                    <h3 className="mt-4 font-semibold">{t("participants.merges")}</h3>
                    <ul>
                      {details.merges.map((merge) => (
                        <li key={merge.id}>
                          {t("participants.mergeRow", { date: format.dateTime(merge.mergedAt, { dateStyle: "medium" }), code: formatCode(merge.mergedCode), alias: merge.mergedAlias, visits: merge.visitsMoved, intakes: merge.intakesMoved })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </Panel>
            ) : null}
          </>
        ) : null}

        {profile.clinic ? <ClinicHistorySection person={{ id: profile.id, alias: profile.alias, code: profile.code }} history={profile.clinic} referrals={profile.medicalReferrals ?? []} recordsResults={profile.display.clinicRecordsResults} encounterCount={profile.display.clinicEncounterCount} /> : null}
        {profile.volunteer?.[0] ? <VolunteerFileSection file={profile.volunteer[0]} volunteerId={profile.display.volunteerId} /> : null}
        {profile.workshops ? <WorkshopsAttendedSection workshops={profile.workshops} /> : null}
        {profile.violenceReports ? <ViolenceReportsSection reports={profile.violenceReports} /> : null}

        {can(session.role, "participants:export") ? (
          <Panel headingId="rights-heading" heading={t("rights.sectionTitle")}>
            <p className="mb-3 flex flex-wrap gap-3">
              <Link className="underline" href={`/participants/${profile.id}/record`}>{t("rights.readable")}</Link>
              <ExportButton href="/api/participants/export" query={{ id: profile.id }} label={t("rights.downloadJson")} variant="link" />
            </p>
            {can(session.role, "participants:anonymise") && !profile.anonymised ? <AnonymiseForm participantId={profile.id} anonymise={anonymiseParticipant} /> : null}
            {profile.anonymised ? <p className="font-medium">{t("rights.isAnonymised")}</p> : null}
          </Panel>
        ) : null}

        <Panel headingId="timeline-heading" heading={t("participants.timeline")} className="lg:col-span-2">
          {profile.visits.length === 0 ? <p>{t("participants.noVisits")}</p> : (
            <ol className="flex flex-col gap-2">
              {profile.visits.map((visit) => (
                <li key={visit.id} className="rounded-md border border-stone-200 p-2">
                  <p className="font-medium">
                    {day(format, visit.date, "full")} · {format.dateTime(visit.checkedInAt, { timeStyle: "short" })}
                    {visit.checkedOutAt ? ` → ${format.dateTime(visit.checkedOutAt, { timeStyle: "short" })}` : ""}
                  </p>
                  {visit.services.length > 0 ? <p>{visit.services.map((kind) => t(`enums.service.${kind}`)).join(", ")}</p> : null}
                  {visit.items.length > 0 ? (
                    <p className="text-sm text-stone-700">
                      {visit.items.map((item) => `${item.quantity} × ${locale === "en" ? item.nameEn : item.nameFr}${item.size ? ` (${item.size})` : ""}${item.overrideReason ? ` · ${t("participants.overrideReason", { reason: item.overrideReason })}` : ""}`).join(", ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {/* The page lists the latest visits (lib/participants/profile.ts); the whole record holds them all. */}
          {profile.visitCount > profile.visits.length ? (
            <p className="mt-2 text-sm text-stone-700" data-testid="latest-visits">{t("participants.latestVisits", { shown: profile.visits.length, count: profile.visitCount })}</p>
          ) : null}
        </Panel>
      </div>
    </>
  );
}
