import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { ImportListForm } from "@/components/violence/import-list-form";
import { importSharedList } from "../actions";
import { ExportButton } from "@/components/ui/export-button";

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
        <section className="rounded-lg border border-stone-300 bg-white p-4">
          {/* A same-origin link: the route handler checks the role and that the request comes from our pages. */}
          <ExportButton href="/api/violence/export" label={t("export")} variant="primary" />
        </section>
        <section aria-labelledby="import-heading" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="import-heading" className="mb-3 text-lg font-semibold">{t("importTitle")}</h2>
          <ImportListForm importList={importSharedList} />
        </section>
      </div>
    </>
  );
}
