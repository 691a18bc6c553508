import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { EncounterRow } from "@/lib/clinic/queries";
import { formatCode } from "@/lib/participants/code-format";
import { GiveResultForm } from "@/components/clinic/give-result-form";
import type { ComponentProps } from "react";

/** Encounters as the health team reads them (HEALTH only: the callers' queries check clinic:read). */
/** `give`: the page's bound action (components/ never imports app/). */
export async function EncounterList({ encounters, recordsResults, give, showPerson, showDate }: { encounters: EncounterRow[]; recordsResults: boolean; give: ComponentProps<typeof GiveResultForm>["give"]; showPerson: boolean; showDate: boolean }) {
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const name = (entry: { nameFr: string; nameEn: string }) => (locale === "en" ? entry.nameEn : entry.nameFr);
  return (
    <ol className="flex flex-col gap-3" data-testid="encounter-list">
      {encounters.map((encounter) => (
        <li key={encounter.id} className="rounded-md border border-stone-200 p-3">
          <p className="font-medium">
            {showDate ? `${encounter.date} · ${t(`clinic.sessionTypes.${encounter.sessionType}`)} · ` : `${format.dateTime(encounter.occurredAt, { timeStyle: "short" })} · `}
            {showPerson ? (encounter.participant ? <>{encounter.participant.alias} <span className="font-mono text-sm">{formatCode(encounter.participant.code)}</span></> : t("clinic.encounter.anonymous")) : null}
          </p>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {encounter.tests.map((test) => {
              const label = t(`clinic.tests.${test.kind}`);
              return (
                <li key={test.id}>
                  {label}
                  {test.method ? ` (${t(`clinic.methods.${test.method}`)})` : ""} · {test.resultGiven ? t("clinic.resultWasGiven") : t("clinic.resultPending")}
                  {test.result ? ` · ${t(`clinic.results.${test.result}`)}` : ""}
                  {!test.resultGiven && encounter.participant ? <GiveResultForm testId={test.id} label={label} recordsResults={recordsResults} give={give} /> : null}
                </li>
              );
            })}
            {encounter.vaccinations.map((vaccination) => (
              <li key={name(vaccination.vaccine)}>{t("clinic.vaccinationRow", { vaccine: name(vaccination.vaccine), dose: vaccination.dose, doses: vaccination.doses })}</li>
            ))}
            {encounter.otherVaccine ? <li>{t("clinic.otherVaccineRow", { vaccine: encounter.otherVaccine })}</li> : null}
            {encounter.care.length > 0 ? <li>{encounter.care.map((kind) => t(`clinic.care.${kind}`)).join(", ")}</li> : null}
            {encounter.supplies.length > 0 ? <li>{encounter.supplies.map((supply) => `${supply.quantity} × ${name(supply.item)}`).join(", ")}</li> : null}
            {encounter.referral ? <li>{t("clinic.referredTo", { partner: encounter.referral.partner ?? "—" })}</li> : null}
          </ul>
          {encounter.notes ? <p className="mt-1 whitespace-pre-wrap text-sm italic">{encounter.notes}</p> : null}
        </li>
      ))}
    </ol>
  );
}
