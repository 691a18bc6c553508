import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { sheetNight } from "@/lib/nights/paper-sheet-queries";
import { PAPER_SHEET_LINES } from "@/lib/nights/paper-sheet-schema";
import { SERVICE_KINDS } from "@/lib/visits/service-kinds";
import { PrintButton } from "@/components/reports/print-button";

export async function generateMetadata() {
  const t = await getTranslations("paperSheet");
  return { title: t("printTitle") };
}

/**
 * A blank night sheet for when the desk falls back to paper: the night's date and site, then one
 * line per visit (a code or anonymous, the services as ticks, the time). Nothing about anyone is
 * printed on it; globals.css drops the app's shell and fits the grid on one A4 or Letter page.
 */
export default async function NightSheetPage({ searchParams }: { searchParams: Promise<{ night?: string | string[] }> }) {
  const session = await requirePagePermission("visits:record", "tonight.sheet");
  const { night: wanted } = await searchParams;
  const night = await sheetNight(session, typeof wanted === "string" ? wanted : undefined);
  if (!night) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = format.dateTime(new Date(`${night.date}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });

  return (
    <article className="paper-sheet mx-auto max-w-4xl bg-white p-4 print:max-w-none print:p-0" data-testid="paper-sheet">
      <div className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        <Link href={night.id && night.closed ? `/nights/${night.id}` : "/tonight"} className="text-brand-700 underline">
          {night.id && night.closed ? t("paperSheet.backToNight") : t("paperSheet.backToTonight")}
        </Link>
        <PrintButton label={t("paperSheet.print")} />
      </div>
      <h1 className="text-xl font-semibold">{t("paperSheet.printTitle")}</h1>
      <p className="mt-1 flex flex-wrap gap-x-6 text-sm">
        <strong>{t("paperSheet.site", { site: night.siteName })}</strong>
        <strong>{t("paperSheet.date", { date })}</strong>
        <span>{t("paperSheet.staff")}</span>
        <span>{t("paperSheet.sheetNumber")}</span>
      </p>
      <p className="mt-1 text-xs text-stone-700">{t("paperSheet.printLead")}</p>
      <table className="mt-2 w-full table-fixed border-collapse text-sm" data-testid="paper-sheet-grid">
        <thead>
          <tr>
            <th scope="col" className="w-8 border border-stone-700 px-1">{t("paperSheet.line")}</th>
            <th scope="col" className="border border-stone-700 px-1">{t("paperSheet.code")}</th>
            <th scope="col" className="w-12 border border-stone-700 px-1">{t("paperSheet.anonymous")}</th>
            {SERVICE_KINDS.map((kind) => (
              <th key={kind} scope="col" title={t(`enums.service.${kind}`)} className="w-14 border border-stone-700 px-0.5 text-xs">
                {t(`enums.serviceMark.${kind}`)}
              </th>
            ))}
            <th scope="col" className="w-16 border border-stone-700 px-1">{t("paperSheet.time")}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: PAPER_SHEET_LINES }, (_, index) => (
            <tr key={index} className="h-[6.5mm]">
              <td className="border border-stone-700 px-1 text-right text-xs tabular-nums text-stone-600">{index + 1}</td>
              <td className="border border-stone-700" />
              <td className="border border-stone-700" />
              {SERVICE_KINDS.map((kind) => (
                <td key={kind} className="border border-stone-700" />
              ))}
              <td className="border border-stone-700" />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-700">
        {SERVICE_KINDS.map((kind) => `${t(`enums.serviceMark.${kind}`)} = ${t(`enums.service.${kind}`)}`).join(" · ")}
      </p>
    </article>
  );
}
