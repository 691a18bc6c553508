import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isAwaitingFirstRun } from "@/lib/setup/queries";
import { centreTimeZone } from "@/lib/nights/today";
import { timeZoneFixedByOperator } from "@/lib/env";
import { DEFAULT_CATALOGUE } from "@/lib/catalogue/default-catalogue";
import { DEFAULT_VACCINES } from "@/lib/clinic/default-vaccines";
import { SPOKEN_LANGUAGES } from "@/lib/setup/spoken-languages";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { StartDemoButton } from "@/components/setup/start-demo-button";
import { SetUpForm } from "@/components/setup/set-up-form";
import { setSignInLanguage } from "../sign-in/actions";
import { setUpCentre, startDemo } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("setup");
  return { title: t("title") };
}

// The first page of a database nobody has set up: try the demo, or set up the real centre with
// the code printed in the terminal. Once either is done this page only sends people to sign in.
export default async function WelcomePage() {
  if (!(await isAwaitingFirstRun())) redirect("/sign-in");
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const en = locale === "en";
  const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone.includes("/"));
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-3xl flex-col gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-3xl font-semibold text-brand-800">Halte</p>
        <LanguageSwitch setLanguage={setSignInLanguage} />
      </div>
      <div>
        <h1 className="text-2xl font-semibold">{t("setup.title")}</h1>
        <p className="mt-1 text-stone-700">{t("setup.lead")}</p>
      </div>
      <section aria-labelledby="try-demo" className="rounded-lg border border-amber-400 bg-amber-50 p-6">
        <h2 id="try-demo" className="text-xl font-semibold">{t("setup.demoTitle")}</h2>
        <p className="mb-4 mt-1 text-stone-800">{t("setup.demoLead")}</p>
        <StartDemoButton start={startDemo} />
      </section>
      <section aria-labelledby="set-up" className="rounded-lg border border-stone-300 bg-white p-6">
        <h2 id="set-up" className="text-xl font-semibold">{t("setup.realTitle")}</h2>
        <p className="mb-4 mt-1 text-stone-700">{t("setup.realLead")}</p>
        <SetUpForm
          save={setUpCentre}
          timeZone={centreTimeZone()}
          timeZoneFixed={timeZoneFixedByOperator()}
          timeZones={zones}
          languages={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: t(`setup.languageNames.${code}`) }))}
          items={DEFAULT_CATALOGUE.map((item) => ({ value: item.key, label: en ? item.nameEn : item.nameFr, group: item.category }))}
          vaccines={DEFAULT_VACCINES.map((vaccine) => ({ value: vaccine.key, label: en ? vaccine.nameEn : vaccine.nameFr }))}
        />
      </section>
    </main>
  );
}
