import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { expensesOf, recentImports } from "@/lib/costs/queries";
import { formatCents } from "@/lib/costs/money";
import { costFiguresFor } from "@/lib/reports/annual-report";
import { reportPeriod } from "@/lib/reports/annual-report";
import { periodSchema } from "@/lib/reports/periods";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { ExpenseForm } from "@/components/costs/expense-form";
import { RemoveButton } from "@/components/costs/remove-button";
import { FiscalYearPicker } from "@/components/costs/fiscal-year-picker";
import { BarChart } from "@/components/reports/bar-chart";
import { createExpense, deleteExpense, deleteImport } from "./actions";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { addDays } from "@/lib/nights/local-date";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("costs");
  return { title: t("title") };
}

export default async function CostsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const session = await requirePagePermission("reports:costs", "costs");
  const query = periodSchema.safeParse({ kind: "fiscal", year: (await searchParams).year });
  const period = await reportPeriod("fiscal", query.success ? query.data.year : undefined);
  const current = await reportPeriod("fiscal");
  const [figures, expenses, imports, t, format, locale] = await Promise.all([
    costFiguresFor(session, period),
    expensesOf(session, period),
    recentImports(session),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const lang = locale === "en" ? "en" : "fr";
  const money = (cents: number) => formatCents(cents, lang);
  const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "medium" });
  const label = (start: number) => t("costs.fiscalYearLabel", { start: String(start), end: String(start + 1) });

  return (
    <>
      <PageTitle lead={t("costs.lead")}>{t("costs.title")}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-3">
        <Link className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4" href="/costs/import">{t("costs.importLink")}</Link>
        <Link className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4" href={`/costs/budget?year=${period.year}`}>{t("costs.budgetLink")}</Link>
      </div>
      <FiscalYearPicker action="/costs" year={period.year} current={current.year} />
      <p className="mb-2 text-stone-700">{day(period.from)} – {day(addDays(period.to, -1))}</p>

      <section aria-labelledby="spent-heading" className="mb-8">
        <h2 id="spent-heading" className="mb-2 text-xl font-semibold">{label(period.year)}</h2>
        <Table
          labelledBy="spent-heading"
          variant="plain"
          className="max-w-3xl"
          foot={
            <tr className="font-semibold">
              <Cell rowHeader>{t("costs.total")}</Cell>
              <Cell numeric>{money(figures.totalCents)}</Cell>
              <Cell numeric>{figures.budgetCents === null ? "—" : money(figures.budgetCents)}</Cell>
              <Cell numeric>{figures.budgetCents === null ? "—" : money(figures.budgetCents - figures.totalCents)}</Cell>
            </tr>
          }
          columns={[
            { header: t("costs.category") },
            { header: t("costs.spent"), numeric: true },
            { header: t("costs.budget"), numeric: true },
            { header: t("costs.remaining"), numeric: true },
          ]}
        >
          {figures.byCategory.map((row) => (
            <tr key={row.category}>
              <Cell rowHeader className="font-normal">{t(`enums.expenseCategory.${row.category}`)}</Cell>
              <Cell numeric>{money(row.spentCents)}</Cell>
              <Cell numeric>{row.budgetCents === null ? "—" : money(row.budgetCents)}</Cell>
              <Cell numeric className={row.budgetCents !== null && row.spentCents > row.budgetCents ? "font-semibold text-red-800" : undefined}>
                {row.budgetCents === null ? "—" : money(row.budgetCents - row.spentCents)}
              </Cell>
            </tr>
          ))}
        </Table>
        {figures.honorariaFromShiftsCents > 0 ? (
          <p className="mt-2 text-sm text-stone-700">{t("costs.honorariaNote", { amount: money(figures.honorariaFromShiftsCents) })}</p>
        ) : null}
        <BarChart
          title={`${t("costs.spent")} / ${t("costs.budget")}`}
          bars={figures.byCategory.map((row) => ({
            label: t(`enums.expenseCategory.${row.category}`),
            value: row.spentCents,
            target: row.budgetCents,
            valueText: formatCents(row.spentCents, lang, { whole: true }),
          }))}
        />
      </section>

      <Panel headingId="new-expense" heading={t("costs.newExpense")} headingClassName="mb-3 text-xl font-semibold" className="mb-8 max-w-3xl">
        <ExpenseForm today={centreToday()} create={createExpense} />
      </Panel>

      {imports.length > 0 ? (
        <section aria-labelledby="imports-heading" className="mb-8">
          <h2 id="imports-heading" className="mb-2 text-xl font-semibold">{t("costs.imports")}</h2>
          <ul className="space-y-2">
            {imports.map((batch) => (
              <li key={batch.id} className="flex flex-wrap items-center gap-3">
                <span>{t("costs.importSummary", { file: batch.fileName, count: batch.rowCount, amount: money(batch.totalCents), date: format.dateTime(batch.importedAt, { dateStyle: "medium" }) })}</span>
                <RemoveButton label={t("costs.undoImport")} confirm={t("costs.undoImport")} run={deleteImport.bind(null, { importId: batch.id })} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-2 text-xl font-semibold">{t("costs.list")}</h2>
        {expenses.rows.length === 0 ? (
          <p>{t("costs.none")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-stone-700">{t("costs.listCount", { shown: expenses.rows.length, count: expenses.count })}</p>
            <Table
              labelledBy="list-heading"
              variant="plain"
              columns={[
                { header: t("costs.spentOn") },
                { header: t("costs.category") },
                { header: t("costs.description") },
                { header: t("costs.spent"), numeric: true },
                { header: <span className="sr-only">{t("costs.delete")}</span> },
              ]}
            >
              {expenses.rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap">{day(row.spentOn)}</td>
                  <td>{t(`enums.expenseCategory.${row.category}`)}</td>
                  <td>
                    {row.description}
                    {row.funder ? <span className="text-stone-600"> · {row.funder}</span> : null}
                    {row.imported ? <span className="ml-2 rounded bg-stone-200 px-1 text-sm">{t("costs.importedBadge")}</span> : null}
                  </td>
                  <Cell numeric>{money(row.amountCents)}</Cell>
                  <td className="text-right">
                    <RemoveButton label={t("costs.delete")} confirm={`${t("costs.delete")} : ${row.description}`} run={deleteExpense.bind(null, { expenseId: row.id })} />
                  </td>
                </tr>
              ))}
            </Table>
          </>
        )}
      </section>
    </>
  );
}
