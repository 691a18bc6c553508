import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { ViolenceReportForm } from "@/components/violence/report-form";
import { createViolenceReport } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("violence");
  return { title: t("new") };
}

export default async function NewViolenceReportPage() {
  await requirePagePermission("violence:write", "violence.new");
  const t = await getTranslations("violence");
  return (
    <>
      <p className="mb-2"><Link href="/violence" className="text-brand-700 underline">{t("backToList")}</Link></p>
      <PageTitle>{t("new")}</PageTitle>
      <ViolenceReportForm today={centreToday()} save={createViolenceReport} />
    </>
  );
}
