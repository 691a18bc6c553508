import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { clinicHistoryOf } from "@/lib/clinic/queries";
import { EncounterList } from "@/components/clinic/encounter-list";
import { OwedList } from "@/components/clinic/owed-list";

/** A participant's clinic history on their profile: rendered for HEALTH only, and an audited read. */
export async function ClinicHistorySection({ session, participantId, today }: { session: SessionUser; participantId: string; today: string }) {
  const [history, t] = await Promise.all([clinicHistoryOf(session, participantId, today), getTranslations()]);
  return (
    <section id="clinic" aria-labelledby="clinic-heading" className="rounded-lg border border-stone-300 bg-white p-4 lg:col-span-2">
      <h2 id="clinic-heading" className="mb-3 text-lg font-semibold">{t("clinic.history")}</h2>
      {history.owed.length > 0 ? (
        <div className="mb-4 rounded-md bg-amber-50 p-3">
          <h3 className="font-semibold">{t("clinic.owed")}</h3>
          <OwedList owed={history.owed} />
        </div>
      ) : null}
      {history.encounters.length === 0 ? <p>{t("clinic.noHistory")}</p> : <EncounterList encounters={history.encounters} recordsResults={history.recordsResults} showPerson={false} showDate />}
    </section>
  );
}
