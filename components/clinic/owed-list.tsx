import { getLocale, getTranslations } from "next-intl/server";
import type { DueItem } from "@/lib/clinic/queries";

/** What is owed to one person: doses of started series and results to give back (HEALTH only). */
export async function OwedList({ owed }: { owed: DueItem[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {owed.map((item) => (
        <li key={item.kind === "dose" ? item.vaccineId : item.testId}>
          {item.kind === "dose"
            ? t(item.due ? "clinic.doseDue" : "clinic.doseLater", { vaccine: locale === "en" ? item.vaccine.nameEn : item.vaccine.nameFr, dose: item.dose, doses: item.doses, date: item.dueOn })
            : t("clinic.resultDue", { test: t(`clinic.tests.${item.test}`), date: item.testedOn })}
        </li>
      ))}
    </ul>
  );
}
