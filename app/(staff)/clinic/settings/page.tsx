import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { clinicSettings } from "@/lib/clinic/queries";
import { PageTitle } from "@/components/ui/page-title";
import { RecordResultsForm, VaccineForm } from "@/components/clinic/settings-forms";
import { saveVaccine, setRecordResults } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("clinic.settings");
  return { title: t("title") };
}

const card = "rounded-lg border border-stone-300 bg-white p-4";

export default async function ClinicSettingsPage() {
  const session = await requirePagePermission("clinic:settings", "clinic.settings");
  const [settings, t, locale] = await Promise.all([clinicSettings(session), getTranslations(), getLocale()]);
  return (
    <>
      <p className="mb-2"><Link href="/clinic" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("clinic.backToClinic")}</Link></p>
      <PageTitle lead={t("clinic.settings.lead")}>{t("clinic.settings.title")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="results-heading" className={card}>
          <h2 id="results-heading" className="mb-3 text-lg font-semibold">{t("clinic.settings.resultsHeading")}</h2>
          <RecordResultsForm record={settings.recordsResults} save={setRecordResults} />
        </section>
        <section aria-labelledby="new-vaccine-heading" className={card}>
          <h2 id="new-vaccine-heading" className="mb-3 text-lg font-semibold">{t("clinic.settings.newVaccine")}</h2>
          <VaccineForm vaccine={null} save={saveVaccine} />
        </section>
        <section aria-labelledby="vaccines-heading" className={`${card} lg:col-span-2`}>
          <h2 id="vaccines-heading" className="mb-3 text-lg font-semibold">{t("clinic.settings.vaccines")}</h2>
          <ul className="flex flex-col gap-3">
            {settings.vaccines.map((vaccine) => (
              <li key={vaccine.id} className="rounded-md border border-stone-200 p-3">
                <details>
                  <summary className="cursor-pointer font-medium">
                    {locale === "en" ? vaccine.nameEn : vaccine.nameFr} · {t("clinic.settings.scheduleSummary", { months: vaccine.scheduleMonths.join(", ") })}
                    {vaccine.active ? "" : ` · ${t("clinic.settings.inactive")}`}
                  </summary>
                  <div className="mt-3"><VaccineForm vaccine={vaccine} save={saveVaccine} /></div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
