import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { ImportListForm } from "@/components/violence/import-list-form";
import { importSharedList } from "../actions";
import { ExportButton } from "@/components/ui/export-button";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("violence");
  return { title: t("share") };
}

export default async function SharePage() {
  await requirePagePermission("violence:share", "violence.share");
  const t = await getTranslations("violence");
  return (
    <>
      <p className="mb-2"><Link href="/violence" className="text-brand-700 underline">{t("backToList")}</Link></p>
      <PageTitle lead={t("shareLead")}>{t("share")}</PageTitle>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel>
          {/* A same-origin link: the route handler checks the role and that the request comes from our pages. */}
          <ExportButton href="/api/violence/export" label={t("export")} variant="primary" />
        </Panel>
        <Panel headingId="import-heading" heading={t("importTitle")}>
          <ImportListForm importList={importSharedList} />
        </Panel>
      </div>
    </>
  );
}
