import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { incident } from "@/lib/incidents/queries";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { IncidentForm } from "@/components/incidents/incident-form";
import { updateIncident } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("incidents:manage", "incident");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [row, t] = await Promise.all([incident(session, id.data), getTranslations("incidents")]);
  if (!row) notFound();
  return (
    <>
      <PageTitle lead={t("keepFiveYears")}>{t("entry")}</PageTitle>
      <p className="mb-4"><Link className="underline" href="/incidents">{t("back")}</Link></p>
      <IncidentForm today={centreToday()} incident={row} save={updateIncident} />
    </>
  );
}
