import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { ImportWizard } from "@/components/costs/import-wizard";
import { importExpenses, previewExpenseImport } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("costs.import");
  return { title: t("title") };
}

export default async function ImportExpensesPage() {
  await requirePagePermission("costs:write", "costs-import");
  const [t, locale] = await Promise.all([getTranslations("costs"), getLocale()]);
  return (
    <>
      <PageTitle lead={t("import.lead")}>{t("import.title")}</PageTitle>
      <p className="mb-4"><Link className="underline" href="/costs">{t("back")}</Link></p>
      <ImportWizard locale={locale === "en" ? "en" : "fr"} preview={previewExpenseImport} commit={importExpenses} />
    </>
  );
}
