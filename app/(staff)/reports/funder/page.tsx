import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { funderLabeller, funderReport, releaseNotes } from "@/lib/reports/funder-report";
import { periodFromQuery } from "@/lib/reports/report-query";
import { publishedText } from "@/lib/reports/suppression";
import { formatCents } from "@/lib/costs/money";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/reports/print-button";
import { byKey } from "@/lib/i18n/by-key";

export async function generateMetadata() {
  const t = await getTranslations("reports.funder");
  return { title: t("title") };
}

export default async function FunderReportPage({ searchParams }: { searchParams: Promise<{ kind?: string; year?: string }> }) {
  const session = await requirePagePermission("reports:export", "reports-funder");
  const period = await periodFromQuery(await searchParams);
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const month = (value: string) => format.dateTime(new Date(`${value}-15T12:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  // The report names its own labels (kinds, tables, lines): keys as data.
  const translate = byKey(t);
  const exported = await funderReport(session, period, "page", funderLabeller(translate, month), locale === "en" ? "en" : "fr");
  const lang = locale === "en" ? "en" : "fr";
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const [covered, wholeMonths, legend] = releaseNotes(translate, exported, day);
  const number = (value: number) => format.number(value);
  const header = (
    <thead>
      <tr className="border-b border-stone-400">
        <th scope="col" className="py-2">{t("reports.figure")}</th>
        <th scope="col" className="py-2 text-right">{t("reports.current")}</th>
        <th scope="col" className="py-2 text-right">{t("reports.previous")}</th>
      </tr>
    </thead>
  );
  return (
    <>
      <PageTitle lead={t("reports.funder.lead")}>{t("reports.funder.title")}</PageTitle>
      <p className="mb-2 text-lg">{t(`reports.kinds.${period.kind}`)} · {covered}</p>
      <p className="mb-1 text-stone-700">{wholeMonths}</p>
      <p className="mb-4 text-stone-700">{legend}</p>
      <div className="mb-6"><PrintButton label={t("reports.print")} /></div>

      <table className="mb-6 w-full max-w-3xl border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-semibold">{t("reports.tables.headline")}</caption>
        {header}
        <tbody>
          {exported.headline.map((line) => (
            <tr key={line.label} className="border-b border-stone-200">
              <th scope="row" className="py-1.5 font-normal">{line.label}</th>
              <td className="py-1.5 text-right tabular-nums">{publishedText(line.current, number)}</td>
              <td className="py-1.5 text-right tabular-nums">{publishedText(line.previous, number)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {exported.tables.map((table) => (
        <table key={table.key} className="mb-6 w-full max-w-3xl border-collapse text-left break-inside-avoid">
          <caption className="mb-2 text-left text-lg font-semibold">{translate(`reports.tables.${table.key}`)}</caption>
          {header}
          <tbody>
            {[...table.rows, table.total].map((line, index) => (
              <tr key={`${line.label}-${index}`} className={`border-b border-stone-200 ${index === table.rows.length ? "font-semibold" : ""}`}>
                <th scope="row" className="py-1.5 font-normal">{line.label}</th>
                <td className="py-1.5 text-right tabular-nums">{publishedText(line.current, number)}</td>
                <td className="py-1.5 text-right tabular-nums">{publishedText(line.previous, number)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      {exported.money.length > 0 ? (
        <table className="mb-6 w-full max-w-3xl border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-semibold">{t("reports.tables.money")}</caption>
          {header}
          <tbody>
            {exported.money.map((line) => (
              <tr key={line.label} className="border-b border-stone-200">
                <th scope="row" className="py-1.5 font-normal">{line.label}</th>
                <td className="py-1.5 text-right tabular-nums">{line.currentCents === null ? "—" : formatCents(line.currentCents, lang)}</td>
                <td className="py-1.5 text-right tabular-nums">{line.previousCents === null ? "—" : formatCents(line.previousCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
