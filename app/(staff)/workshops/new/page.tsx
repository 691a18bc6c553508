import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { WorkshopForm } from "@/components/programs/workshop-form";
import { createWorkshop } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("workshops");
  return { title: t("new") };
}

export default async function NewWorkshopPage() {
  await requirePagePermission("programs:write", "workshops.new");
  const t = await getTranslations("workshops");
  return (
    <>
      <p className="mb-2"><Link href="/workshops" className="text-brand-700 underline">{t("title")}</Link></p>
      <PageTitle>{t("new")}</PageTitle>
      <WorkshopForm today={centreToday()} create={createWorkshop} />
    </>
  );
}
