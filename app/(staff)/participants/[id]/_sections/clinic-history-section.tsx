import { getTranslations } from "next-intl/server";
import type { ClinicEncounterEntry, MedicalReferral } from "@/lib/participants/profile-sections";
import type { DueItem } from "@/lib/clinic/queries";
import { EncounterList } from "@/components/clinic/encounter-list";
import { OwedList } from "@/components/clinic/owed-list";
import type { ReferralStatus } from "@/lib/referrals/schemas";
import { UpdateReferralForm } from "@/components/referrals/update-referral-form";
import { giveResult, updateMedicalReferral } from "@/app/(staff)/clinic/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Panel } from "@/components/ui/panel";

const FINAL = new Set(["CONNECTED", "DECLINED"]);

/** A participant's clinic history on their profile: rendered for HEALTH only, and an audited read. */
/** The data are the profile's own sections (lib/participants/profile-sections.ts), what the export holds too. */
/** `encounterCount`: all of the person's encounters; the page lists the latest (lib/clinic/queries.ts). */
export async function ClinicHistorySection({ person, history, referrals, recordsResults, encounterCount }: { person: { id: string; alias: string; code: string }; history: { encounters: ClinicEncounterEntry[]; owed: DueItem[] }; referrals: MedicalReferral[]; recordsResults: boolean; encounterCount: number }) {
  const t = await getTranslations();
  // The clinic's words reach the browser only with this section, which only the health team gets.
  return (
    <ClientMessages only={["clinic", "referrals", "enums", "validation", "errors"]}>
    <Panel headingId="clinic-heading" heading={t("clinic.history")} className="lg:col-span-2" id="clinic">
      {history.owed.length > 0 ? (
        <div className="mb-4 rounded-md bg-amber-50 p-3">
          <h3 className="font-semibold">{t("clinic.owed")}</h3>
          <OwedList owed={history.owed} />
        </div>
      ) : null}
      {history.encounters.length === 0 ? <p>{t("clinic.noHistory")}</p> : <EncounterList encounters={history.encounters.map((encounter) => ({ ...encounter, participant: person }))} recordsResults={recordsResults} give={giveResult} showPerson={false} showDate />}
      {encounterCount > history.encounters.length ? (
        <p className="mt-2 text-sm text-stone-700" data-testid="latest-encounters">{t("clinic.latestEncounters", { shown: history.encounters.length, count: encounterCount })}</p>
      ) : null}
      {referrals.length > 0 ? (
        <div className="mt-4">
          <h3 className="mb-2 font-semibold">{t("clinic.medicalReferrals")}</h3>
          <ul className="flex flex-col gap-3">
            {referrals.map((referral) => (
              <li key={referral.id} className="rounded-md border border-stone-200 p-3" aria-label={`${t(`enums.referralDomain.${referral.domain}`)} ${referral.referredOn}`}>
                <p className="font-medium">
                  {referral.referredOn} · {t(`enums.referralDomain.${referral.domain}`)}
                  {referral.partner ? ` · ${referral.partner}` : ""} · <strong>{t(`referrals.statuses.${referral.status}`)}</strong>
                </p>
                <p className="text-sm text-stone-700">
                  {referral.followUpOn ? `${t("referrals.followUpOn")} ${referral.followUpOn} · ` : ""}{t("referrals.accompaniment")} : {t(`referrals.accompaniments.${referral.accompaniment}`)}
                </p>
                {referral.note ? <p className="text-sm italic">{referral.note}</p> : null}
                {!FINAL.has(referral.status) ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("referrals.save")}</summary>
                    <UpdateReferralForm referral={{ ...referral, employmentOutcome: null, status: referral.status as ReferralStatus }} update={updateMedicalReferral} />
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Panel>
    </ClientMessages>
  );
}
