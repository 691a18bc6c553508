import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { funderLabeller, funderReport, releaseNotes } from "@/lib/reports/funder-report";
import { periodFromQuery } from "@/lib/reports/report-query";
import { publishedText } from "@/lib/reports/suppression";
import { formatCents } from "@/lib/costs/money";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/reports/print-button";
import { byKey } from "@/lib/i18n/by-key";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("reports.funder");
  return { title: t("title") };
}

export default async function FunderReportPage({ searchParams }: { searchParams: Promise<{ kind?: string; year?: string }> }) {
  const session = await requirePagePermission("reports:export", "reports-funder");
  const period = await periodFromQuery(await searchParams);
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const month = (value: string) => formatLocalDate(format, value, { month: "long", year: "numeric" });
  // The report names its own labels (kinds, tables, lines): keys as data.
  const translate = byKey(t);
  const exported = await funderReport(session, period, "page", funderLabeller(translate, month), locale === "en" ? "en" : "fr");
  const lang = locale === "en" ? "en" : "fr";
  const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "long" });
  const [covered, wholeMonths, legend, ...coverage] = releaseNotes(translate, exported, day);
  const number = (value: number) => format.number(value);
  const columns = [{ header: t("reports.figure") }, { header: t("reports.current"), numeric: true }, { header: t("reports.previous"), numeric: true }];
  return (
    <>
      <PageTitle lead={t("reports.funder.lead")}>{t("reports.funder.title")}</PageTitle>
      <p className="mb-2 text-lg">{t(`reports.kinds.${period.kind}`)} · {covered}</p>
      <p className="mb-1 text-stone-700">{wholeMonths}</p>
      <p className="mb-4 text-stone-700">{legend}</p>
      {coverage.map((note) => (
        <p key={note} className="mb-4 text-stone-700" data-testid="records-start">{note}</p>
      ))}
      <div className="mb-6"><PrintButton label={t("reports.print")} /></div>

      <Table variant="report" caption={t("reports.tables.headline")} columns={columns}>
        {exported.headline.map((line) => (
          <tr key={line.label}>
            <Cell rowHeader className="font-normal">{line.label}</Cell>
            <Cell numeric>{publishedText(line.current, number)}</Cell>
            <Cell numeric>{publishedText(line.previous, number)}</Cell>
          </tr>
        ))}
      </Table>

      {exported.tables.map((table) => (
        <Table key={table.key} variant="report" caption={translate(`reports.tables.${table.key}`)} columns={columns}>
          {[...table.rows, table.total].map((line, index) => (
            <tr key={`${line.label}-${index}`} className={index === table.rows.length ? "font-semibold" : undefined}>
              <Cell rowHeader className="font-normal">{line.label}</Cell>
              <Cell numeric>{publishedText(line.current, number)}</Cell>
              <Cell numeric>{publishedText(line.previous, number)}</Cell>
            </tr>
          ))}
        </Table>
      ))}

      {exported.money.length > 0 ? (
        <Table variant="report" caption={t("reports.tables.money")} columns={columns}>
          {exported.money.map((line) => (
            <tr key={line.label}>
              <Cell rowHeader className="font-normal">{line.label}</Cell>
              <Cell numeric>{line.currentCents === null ? "—" : formatCents(line.currentCents, lang)}</Cell>
              <Cell numeric>{line.previousCents === null ? "—" : formatCents(line.previousCents, lang)}</Cell>
            </tr>
          ))}
        </Table>
      ) : null}
    </>
  );
}
