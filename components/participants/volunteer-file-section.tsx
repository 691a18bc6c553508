import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { VolunteerFile } from "@/lib/participants/profile-sections";
import { ShiftTable } from "@/components/programs/shift-table";
import { day } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";

/**
 * The person's volunteer file on their profile, as the programs team keeps it: tier, consent,
 * tier history, trainings and shifts (amounts only for a role that may read money: the query
 * leaves them null otherwise). The export holds the same fields.
 */
export async function VolunteerFileSection({ file, volunteerId }: { file: VolunteerFile; volunteerId: string | null }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const honoraria = file.shifts.some((shift) => shift.honorariumCents !== null);
  return (
    <Panel headingId="volunteer-heading" heading={t("participants.volunteerFile")} className="lg:col-span-2" id="volunteer">
      <p className="mb-2">
        {t(`programs.tiers.${file.tier}`)} · {t("volunteers.since", { date: day(format, file.consentOn) })}
        {file.active ? "" : ` · ${t("volunteers.inactive")}`} · {t("volunteers.account")} : {file.account ?? t("volunteers.noAccount")}
      </p>
      {volunteerId ? <p className="mb-3"><Link className="text-brand-700 underline" href={`/volunteers/${volunteerId}`}>{t("participants.openVolunteerFile")}</Link></p> : null}
      <h3 className="font-semibold">{t("volunteers.tierHistory")}</h3>
      <ul className="mb-3">
        {file.tierHistory.map((change) => (
          <li key={change.id}>{day(format, change.changedOn)} · {t(`programs.tiers.${change.tier}`)}{change.note ? ` · ${change.note}` : ""}</li>
        ))}
      </ul>
      <h3 className="font-semibold">{t("volunteers.trainings")}</h3>
      {file.trainings.length === 0 ? <p className="mb-3">{t("volunteers.noTrainings")}</p> : (
        <ul className="mb-3">
          {file.trainings.map((training) => (
            <li key={training.id}>
              {t(`programs.trainings.${training.kind}`)}{training.label ? ` (${training.label})` : ""} · {day(format, training.takenOn)} → {training.expiresOn ? day(format, training.expiresOn) : t("volunteers.noExpiry")}
            </li>
          ))}
        </ul>
      )}
      <h3 className="font-semibold">{t("volunteers.shifts")}</h3>
      <ShiftTable shifts={file.shifts} honoraria={honoraria} />
    </Panel>
  );
}
