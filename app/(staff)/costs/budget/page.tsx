import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { budgetOf, fiscalYearStartMonth } from "@/lib/costs/queries";
import { reportPeriod } from "@/lib/reports/annual-report";
import { periodSchema } from "@/lib/reports/periods";
import { PageTitle } from "@/components/ui/page-title";
import { BudgetForm } from "@/components/costs/budget-form";
import { FiscalYearStartForm } from "@/components/costs/fiscal-year-start-form";
import { FiscalYearPicker } from "@/components/costs/fiscal-year-picker";
import { saveBudget, setFiscalYearStart } from "../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("costs");
  return { title: t("budgetLink") };
}

export default async function BudgetPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const session = await requirePagePermission("reports:costs", "costs-budget");
  const query = periodSchema.safeParse({ kind: "fiscal", year: (await searchParams).year });
  const period = await reportPeriod("fiscal", query.success ? query.data.year : undefined);
  const current = await reportPeriod("fiscal");
  const [budget, month, t] = await Promise.all([budgetOf(session, period.year), fiscalYearStartMonth(), getTranslations("costs")]);
  const amounts = Object.fromEntries(Object.entries(budget).map(([category, cents]) => [category, (cents / 100).toFixed(2)]));
  return (
    <>
      <PageTitle lead={t("budgetLead")}>{t("budgetTitle", { start: String(period.year), end: String(period.year + 1) })}</PageTitle>
      <p className="mb-4"><Link className="underline" href={`/costs?year=${period.year}`}>{t("back")}</Link></p>
      <FiscalYearPicker action="/costs/budget" year={period.year} current={current.year} />
      <Panel className="mb-8">
        <BudgetForm key={period.year} fiscalYear={period.year} amounts={amounts} save={saveBudget} />
      </Panel>
      <Panel>
        <FiscalYearStartForm month={month} save={setFiscalYearStart} />
      </Panel>
    </>
  );
}
