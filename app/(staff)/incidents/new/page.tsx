import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { IncidentForm } from "@/components/incidents/incident-form";
import { createIncident } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("incidents");
  return { title: t("new") };
}

export default async function NewIncidentPage() {
  await requirePagePermission("incidents:manage", "incidents-new");
  const t = await getTranslations("incidents");
  return (
    <>
      <PageTitle lead={t("lead")}>{t("new")}</PageTitle>
      <p className="mb-4"><Link className="underline" href="/incidents">{t("back")}</Link></p>
      <IncidentForm today={centreToday()} save={createIncident} />
    </>
  );
}
