import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { sheetNight } from "@/lib/nights/paper-sheet-queries";
import { PageTitle } from "@/components/ui/page-title";
import { PaperSheetForm } from "@/components/nights/paper-sheet-form";
import { enterPaperSheet } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("paperSheet");
  return { title: t("title") };
}

/** A night's paper sheet typed in afterwards: tonight's, or the night named (open or past). */
export default async function PaperSheetPage({ searchParams }: { searchParams: Promise<{ night?: string | string[] }> }) {
  const session = await requirePagePermission("visits:record", "tonight.paper");
  const { night: wanted } = await searchParams;
  const night = await sheetNight(session, typeof wanted === "string" ? wanted : undefined);
  if (!night) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = format.dateTime(new Date(`${night.date}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  const nightHref = night.id && can(session.role, "nights:manage") ? `/nights/${night.id}` : null;

  return (
    <>
      <p className="mb-2">
        <Link href={nightHref ?? "/tonight"} className="text-brand-700 underline">
          {nightHref ? t("paperSheet.backToNight") : t("paperSheet.backToTonight")}
        </Link>
      </p>
      <PageTitle lead={night.siteName}>
        {t("paperSheet.title")} — {t("paperSheet.nightOf", { date })}
      </PageTitle>
      {night.id ? (
        <>
          <p className="mb-4 max-w-3xl text-stone-700">{t("paperSheet.lead")}</p>
          <PaperSheetForm nightId={night.id} enter={enterPaperSheet} nightHref={nightHref} />
        </>
      ) : (
        <p className="max-w-xl rounded-lg border border-stone-300 bg-white p-4">{t("paperSheet.noNight")}</p>
      )}
    </>
  );
}
