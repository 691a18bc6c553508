import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { addDays } from "@/lib/nights/local-date";
import { centreToday } from "@/lib/nights/today";
import { isoDay } from "@/lib/validation/fields";
import { outreachFigures, volunteerFigures, workshopFigures } from "@/lib/programs/figures";
import { PageTitle } from "@/components/ui/page-title";
import { Button } from "@/components/ui/button";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { day, hours, money } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("programs");
  return { title: t("figuresTitle") };
}

/** A panel's figures: the first column names the row, the others are counts. */
function FigureTable({ labelledBy, headings, rows, total }: { labelledBy: string; headings: string[]; rows: (string | number)[][]; total?: (string | number)[] }) {
  return (
    <Table
      variant="compact"
      labelledBy={labelledBy}
      columns={headings.map((heading, index) => ({ header: heading, numeric: index > 0 }))}
      foot={
        total ? (
          <tr className="border-t-2 border-stone-400 font-semibold">
            {total.map((cell, index) => (index === 0 ? <Cell key={index} rowHeader className="text-left">{cell}</Cell> : <Cell key={index} numeric>{cell}</Cell>))}
          </tr>
        ) : null
      }
    >
      {rows.map((row) => (
        <tr key={String(row[0])}>
          {row.map((cell, index) => (index === 0 ? <td key={index}>{cell}</td> : <Cell key={index} numeric>{cell}</Cell>))}
        </tr>
      ))}
    </Table>
  );
}

export default async function ProgramFiguresPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const session = await requirePagePermission("programs:read", "programs.figures");
  const query = await searchParams;
  const today = centreToday();
  const to = isoDay.safeParse(query.to).success ? (query.to as string) : today;
  const from = isoDay.safeParse(query.from).success && (query.from as string) <= to ? (query.from as string) : addDays(to, -364);
  const range = { from, to };
  const [workshops, volunteers, outreach, t, format] = await Promise.all([
    workshopFigures(session, range),
    volunteerFigures(session, range),
    outreachFigures(session, range),
    getTranslations(),
    getFormatter(),
  ]);
  const none = <p className="text-stone-700">{t("programs.none")}</p>;

  // Honoraria arrive only for the coordinator (lib/programs/figures.ts, `money:read`).
  const honoraria = volunteers.honorariumCents !== null;
  return (
    <>
      <PageTitle lead={t("programs.figuresLead", { from: day(format, from), to: day(format, to) })}>{t("programs.figuresTitle")}</PageTitle>
      <ProgramsNav current="/programs/figures" />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 font-medium">
          {t("programs.from")}
          <input type="date" name="from" defaultValue={from} className="min-h-11 rounded-md border border-stone-400 bg-white px-3" />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("programs.to")}
          <input type="date" name="to" defaultValue={to} className="min-h-11 rounded-md border border-stone-400 bg-white px-3" />
        </label>
        <Button type="submit" variant="secondary">{t("programs.show")}</Button>
      </form>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel headingId="workshops-figures" heading={t("programs.workshopsHeading")} className="lg:col-span-2">
          {workshops.held === 0 ? none : (
            <FigureTable labelledBy="workshops-figures"
              headings={[t("programs.topic"), t("programs.workshopsHeld"), t("programs.registered"), t("programs.anonymous"), t("programs.averageScore")]}
              rows={workshops.byTopic.map((row) => [t(`programs.topics.${row.topic}`), row.held, row.registered, row.anonymous, row.averageScore === null ? "—" : format.number(row.averageScore, { maximumFractionDigits: 1 })])}
              total={[t("programs.total"), workshops.held, workshops.registered, workshops.anonymous, ""]}
            />
          )}
        </Panel>
        <Panel headingId="volunteers-figures" heading={t("programs.volunteersHeading")}>
          {volunteers.byTier.length === 0 ? none : (
            <FigureTable labelledBy="volunteers-figures"
              headings={[t("programs.tier"), t("programs.enrolled"), t("programs.withShift")]}
              rows={volunteers.byTier.map((row) => [t(`programs.tiers.${row.tier}`), row.enrolled, row.withShift])}
              total={[t("programs.total"), volunteers.byTier.reduce((sum, row) => sum + row.enrolled, 0), volunteers.byTier.reduce((sum, row) => sum + row.withShift, 0)]}
            />
          )}
          <h3 className="mt-4 mb-1 font-semibold">{t("programs.trainingsTaken")}</h3>
          {volunteers.trainings.length === 0 ? none : (
            <FigureTable labelledBy="volunteers-figures" headings={[t("programs.training"), t("programs.count")]} rows={volunteers.trainings.map((row) => [t(`programs.trainings.${row.kind}`), row.taken])} />
          )}
        </Panel>
        <Panel headingId="shifts-figures" heading={t("programs.shifts")}>
          {volunteers.shifts === 0 ? none : (
            <FigureTable labelledBy="shifts-figures"
              headings={[t("programs.activity"), t("programs.shifts"), t("programs.hours"), ...(honoraria ? [t("programs.honoraria")] : [])]}
              rows={volunteers.byActivity.map((row) => [t(`programs.activities.${row.activity}`), row.shifts, hours(format, row.minutes), ...(honoraria ? [money(format, row.honorariumCents ?? 0)] : [])])}
              total={[t("programs.total"), volunteers.shifts, hours(format, volunteers.minutes), ...(honoraria ? [money(format, volunteers.honorariumCents ?? 0)] : [])]}
            />
          )}
        </Panel>
        <Panel headingId="outreach-figures" heading={t("programs.outreachHeading")} className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4" data-testid="outreach-figures">
            {(
              [
                ["outreachShifts", outreach.shifts],
                ["venuesVisited", outreach.venuesVisited],
                ["venueVisits", outreach.visits],
                ["peopleMet", outreach.peopleMet],
                ["newContacts", outreach.newContacts],
                ["cardsGiven", outreach.cardsGiven],
                ["suppliesGiven", outreach.suppliesGiven],
                ["referrals", outreach.referrals],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt className="text-sm text-stone-700">{t(`programs.${key}`)}</dt>
                <dd className="text-xl tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3">
            <span className="font-medium">{t("programs.coverageRate")} : </span>
            {outreach.coverage.rate === null ? (
              t("programs.noWholeWeek")
            ) : (
              <>
                <span className="text-xl tabular-nums">{format.number(outreach.coverage.rate, { style: "percent", maximumFractionDigits: 0 })}</span>{" "}
                <span className="text-stone-700">{t("programs.coverageDetail", { met: outreach.coverage.met, total: outreach.coverage.total, weeks: outreach.coverage.weeks })}</span>
              </>
            )}
          </p>
        </Panel>
      </div>
    </>
  );
}
