import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { centreToday } from "@/lib/nights/today";
import { clinicFiguresOf, totalBy } from "@/lib/clinic/figures";
import { PageTitle } from "@/components/ui/page-title";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("clinic.figures");
  return { title: t("title") };
}

function CountTable({ id, title, heading, countHeading, rows }: { id: string; title: string; heading: string; countHeading: string; rows: { key: string; label: string; count: number }[] }) {
  return (
    <Panel headingId={id} heading={title}>
      <Table variant="compact" labelledBy={id} columns={[{ header: heading }, { header: countHeading, numeric: true }]}>
        {rows.map((row) => (
          <tr key={row.key}><td>{row.label}</td><Cell numeric>{row.count}</Cell></tr>
        ))}
      </Table>
    </Panel>
  );
}

/** Counts only, for the coordinator's reports and the health team (clinic:counts). */
export default async function ClinicFiguresPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const session = await requirePagePermission("clinic:counts", "clinic.figures");
  const thisYear = Number(centreToday().slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
  const [figures, t, locale] = await Promise.all([clinicFiguresOf(session, { from: `${year}-01-01`, to: `${year + 1}-01-01` }), getTranslations(), getLocale()]);
  const months = [...new Set([...figures.sessions, ...figures.encounters].map((row) => row.month))].sort();
  const sum = (rows: { month: string; count: number }[], month: string) => rows.filter((row) => row.month === month).reduce((total, row) => total + row.count, 0);
  const vaccineNames = new Map(figures.vaccinations.map((row) => [row.vaccineKey, locale === "en" ? row.nameEn : row.nameFr]));

  return (
    <>
      {can(session.role, "clinic:read") ? <p className="mb-2"><Link href="/clinic" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("clinic.backToClinic")}</Link></p> : null}
      <PageTitle lead={t("clinic.figures.lead")}>{t("clinic.figures.titleYear", { year })}</PageTitle>
      <LinkTabs
        label={t("clinic.figures.years")}
        tabs={[thisYear - 2, thisYear - 1, thisYear].map((option) => ({ href: `/clinic/figures?year=${option}`, label: String(option) }))}
        current={`/clinic/figures?year=${year}`}
      />
      <Panel headingId="totals" heading={t("clinic.figures.totals")} className="mb-6">
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="clinic-totals">
          {(["sessions", "encounters", "anonymous", "participants", "tests", "vaccinations", "referrals"] as const).map((key) => (
            <div key={key}>
              <dt className="text-sm text-stone-700">{t(`clinic.figures.${key}`)}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{figures.totals[key]}</dd>
            </div>
          ))}
        </dl>
      </Panel>
      <Panel headingId="by-month" heading={t("clinic.figures.byMonth")} className="mb-6">
        <Table
          variant="compact"
          labelledBy="by-month"
          columns={[
            { header: t("clinic.figures.month") },
            ...(["sessions", "encounters", "anonymous", "tests", "vaccinations", "referrals"] as const).map((key) => ({ header: t(`clinic.figures.${key}`), numeric: true })),
          ]}
        >
          {months.map((month) => {
            const encounters = figures.encounters.find((row) => row.month === month);
            return (
              <tr key={month}>
                <Cell rowHeader className="font-normal">{month}</Cell>
                <Cell numeric>{sum(figures.sessions, month)}</Cell>
                <Cell numeric>{encounters?.total ?? 0}</Cell>
                <Cell numeric>{encounters?.anonymous ?? 0}</Cell>
                <Cell numeric>{sum(figures.tests, month)}</Cell>
                <Cell numeric>{sum(figures.vaccinations, month)}</Cell>
                <Cell numeric>{sum(figures.referrals, month)}</Cell>
              </tr>
            );
          })}
        </Table>
      </Panel>
      <div className="grid gap-6 md:grid-cols-2">
        <CountTable id="by-type" title={t("clinic.figures.sessionsByType")} heading={t("clinic.sessionType")} countHeading={t("clinic.figures.count")}
          rows={totalBy(figures.sessions, (row) => row.type).map((row) => ({ key: row.key, label: t(`clinic.sessionTypes.${row.key}`), count: row.count }))} />
        <CountTable id="by-test" title={t("clinic.figures.testsByKind")} heading={t("clinic.figures.test")} countHeading={t("clinic.figures.count")}
          rows={totalBy(figures.tests, (row) => row.kind).map((row) => ({ key: row.key, label: t(`clinic.tests.${row.key}`), count: row.count }))} />
        <CountTable id="by-vaccine" title={t("clinic.figures.vaccinationsByDose")} heading={t("clinic.figures.vaccineDose")} countHeading={t("clinic.figures.count")}
          rows={totalBy(figures.vaccinations, (row) => `${row.vaccineKey}|${row.dose}`).map((row) => {
            const [key, dose] = row.key.split("|");
            if (!key) return { key: row.key, label: t("clinic.figures.otherVaccines"), count: row.count };
            return { key: row.key, label: t("clinic.figures.vaccineDoseLabel", { vaccine: vaccineNames.get(key) ?? "?", dose: dose ?? "" }), count: row.count };
          })} />
        <CountTable id="by-care" title={t("clinic.figures.careByKind")} heading={t("clinic.figures.careKind")} countHeading={t("clinic.figures.count")}
          rows={totalBy(figures.care, (row) => row.kind).map((row) => ({ key: row.key, label: t(`clinic.care.${row.key}`), count: row.count }))} />
      </div>
    </>
  );
}
