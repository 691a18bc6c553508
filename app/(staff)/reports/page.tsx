import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { annualReport } from "@/lib/reports/annual-report";
import { periodFromQuery, pickerYears } from "@/lib/reports/report-query";
import { formatCents } from "@/lib/costs/money";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { CompareTable } from "@/components/reports/compare-table";
import { PeriodPicker } from "@/components/reports/period-picker";
import { PrintButton } from "@/components/reports/print-button";
import { BarChart } from "@/components/reports/bar-chart";
import { ExportButton } from "@/components/ui/export-button";
import { latestStart } from "@/lib/reports/comparable";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { addDays } from "@/lib/nights/local-date";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<{ kind?: string; year?: string }> }) {
  const session = await requirePagePermission("reports:read", "reports");
  const query = await searchParams;
  const period = await periodFromQuery(query);
  const [report, t, format, locale] = await Promise.all([annualReport(session, period), getTranslations(), getFormatter(), getLocale()]);
  const lang = locale === "en" ? "en" : "fr";
  const money = (cents: number) => formatCents(cents, lang);
  const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "long" });
  const monthName = (month: string) => formatLocalDate(format, month, { month: "short", year: "numeric" });
  const exportQuery = `kind=${period.kind}&year=${period.year}`;
  const desk = report.frontDesk;
  // A change is shown only where the records cover the period before (lib/reports/comparable.ts):
  // the drop-in's counts may come from imported tallies, the rest only from Halte, expenses from the books.
  const starts = report.recordsStart;
  const since = (start: string | null) => ({ previous: report.previous, since: start });

  return (
    <>
      <PageTitle lead={t("reports.lead")}>{t("reports.title")}</PageTitle>
      <PeriodPicker action="/reports" period={period} years={pickerYears(period, Number(centreToday().slice(0, 4)))} />
      <p className="mb-2 text-lg">
        {t(`reports.kinds.${period.kind}`)} · {t("reports.periodLine", { from: day(period.from), to: day(addDays(period.to, -1)) })}
      </p>
      <p className="mb-4 text-sm text-stone-700">{t("reports.internalNote")}</p>
      <div className="mb-6 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("reports.print")} />
        {can(session.role, "reports:export") ? (
          <>
            <Link className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4" href={`/reports/funder?${exportQuery}`}>{t("reports.funderPage")}</Link>
            <ExportButton href="/api/reports/funder" query={{ kind: period.kind, year: String(period.year) }} label={t("reports.funderCsv")} />
          </>
        ) : null}
      </div>

      {report.empty ? <p role="status" className="mb-6 rounded-md border border-stone-300 bg-white p-4 text-lg">{t("reports.empty")}</p> : null}

      {desk ? (
        <section aria-labelledby="desk-heading">
          <h2 id="desk-heading" className="mb-3 text-xl font-semibold">{t("reports.sections.frontDesk")}</h2>
          <CompareTable
            {...since(starts.desk)}
            caption={t("reports.tables.headline")}
            formatMoney={money}
            rows={(["nights", "visits", "anonymousVisits", "uniqueParticipants", "newParticipants", "averagePerNight"] as const).map((key) => ({
              label: t(`reports.headline.${key}`),
              current: desk.current[key],
              previous: desk.previous[key],
              // Imported tallies name nobody: the people seen are Halte's alone.
              ...(key === "uniqueParticipants" ? { since: starts.halte } : {}),
            }))}
          />
          {desk.current.importedNights > 0 || desk.previous.importedNights > 0 ? (
            <p className="mb-6 rounded-md border border-stone-300 bg-stone-50 p-3 text-sm" data-testid="imported-tallies-note">
              {t("reports.importedTallies", { current: desk.current.importedNights, previous: desk.previous.importedNights })}
            </p>
          ) : null}
          {desk.current.busiestNights.length > 0 ? (
            <>
              <h3 className="mb-1 font-semibold">{t("reports.busiest")}</h3>
              <ul className="mb-6 list-disc pl-6">
                {desk.current.busiestNights.map((night) => <li key={night.date}>{t("reports.busiestLine", { date: day(night.date), visits: night.visits })}</li>)}
              </ul>
            </>
          ) : null}
          <BarChart
            title={t("reports.visitsByMonth")}
            bars={desk.current.byMonth.map((row) => ({ label: monthName(row.month), value: row.visits, valueText: format.number(row.visits) }))}
          />
          <CompareTable
            {...since(starts.desk)}
            caption={t("reports.visitsByWeekday")}
            formatMoney={money}
            rows={desk.current.byWeekday.map((row) => ({
              label: t(`weekdays.${row.weekday}`),
              current: row.visits,
              previous: desk.previous.byWeekday.find((other) => other.weekday === row.weekday)?.visits ?? 0,
            }))}
          />
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.sections.services")}
            formatMoney={money}
            rows={[...new Set([...desk.current.services, ...desk.previous.services].map((row) => row.kind))].map((kind) => ({
              label: t(`enums.service.${kind}`),
              current: desk.current.services.find((row) => row.kind === kind)?.count ?? 0,
              previous: desk.previous.services.find((row) => row.kind === kind)?.count ?? 0,
              // Imported tallies count meals, and no other service.
              since: kind === "MEAL" ? starts.desk : starts.halte,
            }))}
          />
        </section>
      ) : null}

      {report.supplies ? (
        <section aria-labelledby="supplies-heading">
          <h2 id="supplies-heading" className="mb-3 text-xl font-semibold">{t("reports.sections.supplies")}</h2>
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.units")}
            formatMoney={money}
            rows={[...new Set([...report.supplies.current.byCategory, ...report.supplies.previous.byCategory].map((row) => row.category))].map((category) => ({
              label: t(`enums.category.${category}`),
              current: report.supplies!.current.byCategory.find((row) => row.category === category)?.units ?? 0,
              previous: report.supplies!.previous.byCategory.find((row) => row.category === category)?.units ?? 0,
            }))}
          />
          {/* Values reach the coordinator only: lib/reports/annual-report.ts leaves them null for others. */}
          {report.supplies.current.valueCents === null ? null : (
            <CompareTable
              {...since(starts.halte)}
              caption={t("reports.value")}
              formatMoney={money}
              rows={[
                { label: t("reports.suppliesValue"), current: report.supplies.current.valueCents, previous: report.supplies.previous.valueCents, money: true },
                { label: t("reports.receivedDonated"), current: report.supplies.current.receivedDonatedCents, previous: report.supplies.previous.receivedDonatedCents, money: true },
                { label: t("reports.receivedPurchased"), current: report.supplies.current.receivedPurchasedCents, previous: report.supplies.previous.receivedPurchasedCents, money: true },
              ]}
            />
          )}
        </section>
      ) : null}

      {report.referrals ? (
        <section aria-labelledby="referrals-heading">
          <h2 id="referrals-heading" className="mb-3 text-xl font-semibold">{t("reports.sections.referrals")}</h2>
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.referralsByDomain")}
            formatMoney={money}
            rows={[...new Set([...report.referrals.current.byDomain, ...report.referrals.previous.byDomain].map((row) => row.domain))].map((domain) => ({
              label: t(`enums.referralDomain.${domain}`),
              current: report.referrals!.current.byDomain.find((row) => row.domain === domain)?.count ?? 0,
              previous: report.referrals!.previous.byDomain.find((row) => row.domain === domain)?.count ?? 0,
            }))}
          />
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.referralsByStatus")}
            formatMoney={money}
            rows={[...new Set([...report.referrals.current.byStatus, ...report.referrals.previous.byStatus].map((row) => row.status))].map((status) => ({
              label: t(`referrals.statuses.${status}`),
              current: report.referrals!.current.byStatus.find((row) => row.status === status)?.count ?? 0,
              previous: report.referrals!.previous.byStatus.find((row) => row.status === status)?.count ?? 0,
            }))}
          />
        </section>
      ) : null}

      {report.clinic ? (
        <section aria-labelledby="clinic-heading">
          <h2 id="clinic-heading" className="mb-3 text-xl font-semibold">{t("reports.sections.clinic")}</h2>
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.clinicHeadline")}
            formatMoney={money}
            rows={(["sessions", "encounters", "anonymous", "participants", "tests", "vaccinations", "referrals"] as const).map((key) => ({
              label: t(`reports.clinic.${key}`),
              current: report.clinic!.current[key],
              previous: report.clinic!.previous[key],
            }))}
          />
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.testsByKind")}
            formatMoney={money}
            rows={[...new Set([...report.clinic.current.testsByKind, ...report.clinic.previous.testsByKind].map((row) => row.kind))].map((kind) => ({
              label: t(`clinic.tests.${kind}`),
              current: report.clinic!.current.testsByKind.find((row) => row.kind === kind)?.count ?? 0,
              previous: report.clinic!.previous.testsByKind.find((row) => row.kind === kind)?.count ?? 0,
            }))}
          />
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.vaccinationsByVaccine")}
            formatMoney={money}
            rows={[...new Map([...report.clinic.current.vaccinationsByVaccine, ...report.clinic.previous.vaccinationsByVaccine].map((row) => [row.key, row])).values()].map((vaccine) => ({
              label: lang === "en" ? vaccine.nameEn : vaccine.nameFr,
              current: report.clinic!.current.vaccinationsByVaccine.find((row) => row.key === vaccine.key)?.count ?? 0,
              previous: report.clinic!.previous.vaccinationsByVaccine.find((row) => row.key === vaccine.key)?.count ?? 0,
            }))}
          />
        </section>
      ) : null}

      {report.programs ? (
        <section aria-labelledby="programs-heading">
          <h2 id="programs-heading" className="mb-3 text-xl font-semibold">{t("reports.sections.programs")}</h2>
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.workshopsByTopic")}
            formatMoney={money}
            rows={[
              { label: t("reports.programs.workshopsHeld"), current: report.programs.current.workshops.held, previous: report.programs.previous.workshops.held },
              { label: t("reports.programs.attendance"), current: report.programs.current.workshops.registered + report.programs.current.workshops.anonymous, previous: report.programs.previous.workshops.registered + report.programs.previous.workshops.anonymous },
              ...[...new Set([...report.programs.current.workshops.byTopic, ...report.programs.previous.workshops.byTopic].map((row) => row.topic))].map((topic) => {
                const attendance = (rows: { topic: string; registered: number; anonymous: number }[]) => {
                  const row = rows.find((other) => other.topic === topic);
                  return row ? row.registered + row.anonymous : 0;
                };
                return { label: `${t(`programs.topics.${topic}`)} (${t("reports.programs.attendance").toLowerCase()})`, current: attendance(report.programs!.current.workshops.byTopic), previous: attendance(report.programs!.previous.workshops.byTopic) };
              }),
            ]}
          />
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.volunteersByTier")}
            formatMoney={money}
            rows={[
              ...report.programs.current.volunteers.byTier.map((row) => ({
                label: t(`programs.tiers.${row.tier}`),
                current: row.enrolled,
                previous: report.programs!.previous.volunteers.byTier.find((other) => other.tier === row.tier)?.enrolled ?? 0,
              })),
              { label: t("reports.programs.shifts"), current: report.programs.current.volunteers.shifts, previous: report.programs.previous.volunteers.shifts },
              { label: t("reports.programs.hours"), current: Math.round(report.programs.current.volunteers.minutes / 60), previous: Math.round(report.programs.previous.volunteers.minutes / 60) },
              ...(report.programs.current.volunteers.honorariumCents === null
                ? []
                : [{ label: t("reports.programs.honoraria"), current: report.programs.current.volunteers.honorariumCents, previous: report.programs.previous.volunteers.honorariumCents, money: true }]),
              { label: t("reports.programs.trainings"), current: report.programs.current.volunteers.trainings.reduce((sum, row) => sum + row.taken, 0), previous: report.programs.previous.volunteers.trainings.reduce((sum, row) => sum + row.taken, 0) },
            ]}
          />
          <CompareTable
            {...since(starts.halte)}
            caption={t("reports.tables.outreach")}
            formatMoney={money}
            rows={[
              ...(["shifts", "venuesVisited", "peopleMet", "newContacts", "cardsGiven", "suppliesGiven", "referrals"] as const).map((key) => ({
                label: t(`reports.outreach.${key}`),
                current: report.programs!.current.outreach[key],
                previous: report.programs!.previous.outreach[key],
              })),
            ]}
          />
          <p className="mb-6">
            {t("reports.outreach.coverage", {
              rate: report.programs.current.outreach.coverage.rate === null ? "—" : format.number(report.programs.current.outreach.coverage.rate, { style: "percent", maximumFractionDigits: 0 }),
              previous: report.programs.previous.outreach.coverage.rate === null ? "—" : format.number(report.programs.previous.outreach.coverage.rate, { style: "percent", maximumFractionDigits: 0 }),
            })}
          </p>
        </section>
      ) : null}

      {report.costs ? (
        <section aria-labelledby="costs-heading">
          <h2 id="costs-heading" className="mb-3 text-xl font-semibold">{t("reports.sections.costs")}</h2>
          <CompareTable
            {...since(starts.expenses)}
            caption={t("reports.totalExpenses")}
            formatMoney={money}
            rows={[
              ...report.costs.current.byCategory.map((row) => ({
                label: t(`enums.expenseCategory.${row.category}`),
                current: row.spentCents,
                previous: report.costs!.previous.byCategory.find((other) => other.category === row.category)?.spentCents ?? 0,
                money: true,
                // Honoraria are counted from Halte's volunteer shifts (lib/reports/cost-figures.ts).
                ...(row.category === "VOLUNTEER_HONORARIA" ? { since: latestStart(starts.expenses, starts.halte) } : {}),
              })),
              { label: t("reports.totalExpenses"), current: report.costs.current.totalCents, previous: report.costs.previous.totalCents, money: true, since: latestStart(starts.expenses, starts.halte) },
              { label: t("reports.perVisit"), current: report.costs.perVisitCents.current, previous: report.costs.perVisitCents.previous, money: true, since: latestStart(starts.expenses, starts.halte, starts.desk) },
              { label: t("reports.perParticipant"), current: report.costs.perParticipantCents.current, previous: report.costs.perParticipantCents.previous, money: true, since: latestStart(starts.expenses, starts.halte) },
            ]}
          />
          {report.costs.current.budgetCents === null ? (
            <p className="mb-4 text-stone-700">{t("reports.budgetOnlyFiscal")}</p>
          ) : (
            <BarChart
              title={t("reports.expensesVsBudget")}
              bars={report.costs.current.byCategory.map((row) => ({
                label: t(`enums.expenseCategory.${row.category}`),
                value: row.spentCents,
                target: row.budgetCents,
                valueText: `${formatCents(row.spentCents, lang, { whole: true })} / ${formatCents(row.budgetCents ?? 0, lang, { whole: true })}`,
              }))}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
