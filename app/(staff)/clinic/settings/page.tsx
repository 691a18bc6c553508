import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { clinicSettings } from "@/lib/clinic/queries";
import { PageTitle } from "@/components/ui/page-title";
import { RecordResultsForm, VaccineForm } from "@/components/clinic/settings-forms";
import { saveVaccine, setRecordResults } from "../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("clinic.settings");
  return { title: t("title") };
}

export default async function ClinicSettingsPage() {
  const session = await requirePagePermission("clinic:settings", "clinic.settings");
  const [settings, t, locale] = await Promise.all([clinicSettings(session), getTranslations(), getLocale()]);
  return (
    <>
      <p className="mb-2"><Link href="/clinic" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("clinic.backToClinic")}</Link></p>
      <PageTitle lead={t("clinic.settings.lead")}>{t("clinic.settings.title")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel headingId="results-heading" heading={t("clinic.settings.resultsHeading")}>
          <RecordResultsForm record={settings.recordsResults} save={setRecordResults} />
        </Panel>
        <Panel headingId="new-vaccine-heading" heading={t("clinic.settings.newVaccine")}>
          <VaccineForm vaccine={null} save={saveVaccine} />
        </Panel>
        <Panel headingId="vaccines-heading" heading={t("clinic.settings.vaccines")} className="lg:col-span-2">
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
        </Panel>
      </div>
    </>
  );
}
