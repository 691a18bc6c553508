import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { CaseReferral } from "@/lib/participants/profile-sections";
import { searchDirectory } from "@/lib/directory/partners";
import type { ReferralStatus } from "@/lib/referrals/schemas";
import { NewReferralForm } from "@/components/referrals/new-referral-form";
import { UpdateReferralForm } from "@/components/referrals/update-referral-form";
import { createReferral, updateReferral } from "../../referral-actions";
import { Panel } from "@/components/ui/panel";

const FINAL = new Set(["CONNECTED", "DECLINED"]);

/** The profile page's own section (it reads the directory), beside its route. */
/** A participant's referrals on their profile: each open one can move along its workflow. */
/** `anonymised`: the record is final, so no new referral is offered (the server refuses one too). */
/** `referrals`: the profile's own section (lib/participants/profile-sections.ts), what the export holds too. */
export async function ReferralsSection({ session, participantId, referrals, today, anonymised = false }: { session: SessionUser; participantId: string; referrals: CaseReferral[]; today: string; anonymised?: boolean }) {
  const [partners, t] = await Promise.all([searchDirectory(session, {}), getTranslations()]);
  return (
    <Panel headingId="referrals-heading" heading={t("referrals.section")} className="lg:col-span-2" id="referrals">
      {referrals.length === 0 ? <p className="mb-3">{t("referrals.noReferrals")}</p> : (
        <ul className="mb-4 flex flex-col gap-3">
          {referrals.map((referral) => (
            <li key={referral.id} className="rounded-md border border-stone-200 p-3" aria-label={`${t(`enums.referralDomain.${referral.domain}`)} ${referral.referredOn}`}>
              <p className="font-medium">
                {referral.referredOn} · {t(`enums.referralDomain.${referral.domain}`)}
                {referral.partner ? ` · ${referral.partner}` : ""} · <strong>{t(`referrals.statuses.${referral.status}`)}</strong>
                {referral.medical ? ` (${t("referrals.medical")})` : ""}
                {referral.followUpOn && referral.followUpOn <= today && !FINAL.has(referral.status) ? (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("referrals.followUpDue")}</span>
                ) : null}
              </p>
              <p className="text-sm text-stone-700">
                {t("referrals.staff")} : {referral.staff ?? "—"}
                {referral.followUpOn ? ` · ${t("referrals.followUpOn")} ${referral.followUpOn}` : ""} · {t("referrals.accompaniment")} : {t(`referrals.accompaniments.${referral.accompaniment}`)}
                {referral.employmentOutcome ? ` · ${t(`referrals.outcomes.${referral.employmentOutcome}`)}` : ""}
              </p>
              {referral.note ? <p className="text-sm italic">{referral.note}</p> : null}
              {!FINAL.has(referral.status) && !referral.medical ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("referrals.save")}</summary>
                  <UpdateReferralForm referral={{ ...referral, status: referral.status as ReferralStatus }} update={updateReferral} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {anonymised ? null : (
        <details>
          <summary className="cursor-pointer font-medium">{t("referrals.new")}</summary>
          <div className="mt-3">
            <NewReferralForm participantId={participantId} today={today} partners={partners.map((partner) => ({ id: partner.id, name: partner.name, domains: partner.domains }))} create={createReferral} />
          </div>
        </details>
      )}
    </Panel>
  );
}
