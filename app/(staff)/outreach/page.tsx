import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { centreToday } from "@/lib/nights/today";
import { coverageBoard } from "@/lib/programs/coverage";
import { recentOutreachShifts } from "@/lib/programs/outreach";
import { PageTitle } from "@/components/ui/page-title";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { day } from "@/components/programs/format";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("title") };
}

export default async function OutreachPage() {
  const session = await requirePagePermission("programs:read", "outreach");
  const today = centreToday();
  const [board, shifts, t, format] = await Promise.all([coverageBoard(session, today), recentOutreachShifts(session, 10), getTranslations(), getFormatter()]);
  const shortDay = (iso: string) => formatLocalDate(format, iso, { day: "numeric", month: "short" });

  return (
    <>
      <PageTitle lead={t("outreach.lead")}>{t("outreach.title")}</PageTitle>
      <ProgramsNav current="/outreach" />
      {can(session.role, "programs:write") ? (
        <p className="mb-4">
          <Link href="/field/outreach" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            {t("field.openOutreach")}
          </Link>
        </p>
      ) : null}
      {can(session.role, "programs:write") ? (
        <p className="mb-4">
          <Link href="/outreach/shifts/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">{t("outreach.newShift")}</Link>
        </p>
      ) : null}
      <Panel headingId="board-heading" heading={t("outreach.board")} className="mb-6">
        {board.venues.length === 0 ? (
          <p className="text-stone-700">{t("outreach.noVenues")}</p>
        ) : (
          <Table
            labelledBy="board-heading"
            variant="compact"
            data-testid="coverage-board"
            columns={[
              { header: t("outreach.venue") },
              { header: t("outreach.type") },
              { header: t("outreach.lastVisit") },
              { header: t("outreach.thisWeek"), numeric: true },
              { header: t("outreach.state"), className: "pl-4" },
            ]}
          >
            {board.venues.map((venue) => (
              <tr key={venue.id} data-overdue={venue.overdue ? "true" : "false"}>
                <Cell rowHeader className="font-normal">
                  <Link href={`/outreach/venues/${venue.id}`} className="text-brand-700 underline">{venue.name}</Link>
                  <span className="block text-sm text-stone-600">{venue.area}</span>
                </Cell>
                <td>{t(`programs.venueTypes.${venue.type}`)}</td>
                <td>
                  {venue.lastVisit ? `${day(format, venue.lastVisit)} (${t("outreach.daysAgo", { days: venue.daysSince ?? 0 })})` : t("outreach.never")}
                </td>
                <Cell numeric>{t("outreach.weekCount", { visits: venue.visitsThisWeek, target: venue.weeklyTarget })}</Cell>
                <td className="pl-4">
                  {venue.overdue ? (
                    <span className="rounded-full bg-red-100 px-2 py-0.5 font-medium text-red-900">{t("outreach.overdue")}</span>
                  ) : venue.targetMet ? (
                    <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{t("outreach.covered")}</span>
                  ) : (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900">{t("outreach.dueThisWeek")}</span>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
      <Panel headingId="grid-heading" heading={t("outreach.grid")} headingClassName="mb-1 text-lg font-semibold" className="mb-6">
        <p className="mb-2 text-sm text-stone-700">{t("outreach.gridLead")}</p>
        <Table
          variant="compact"
          labelledBy="grid-heading"
          className="text-sm"
          data-testid="coverage-grid"
          columns={[
            { header: t("outreach.venue"), className: "pr-2" },
            ...board.weeks.map((week) => ({
              header: <abbr title={t("outreach.weekOf", { date: day(format, week) })} className="no-underline">{shortDay(week)}</abbr>,
              className: "px-1 text-center font-normal whitespace-nowrap",
            })),
          ]}
        >
          {board.venues.map((venue) => (
            <tr key={venue.id}>
              <Cell rowHeader className="pr-2 font-normal whitespace-nowrap">{venue.name}</Cell>
              {venue.weeks.map((visits, index) => {
                const met = visits >= venue.weeklyTarget;
                return (
                  <td key={board.weeks[index]} className={`px-1 text-center tabular-nums ${met ? "bg-brand-50 text-brand-800" : visits > 0 ? "bg-amber-50 text-amber-900" : "text-stone-700"}`}>
                    {met ? `✓${visits > 1 ? visits : ""}` : visits > 0 ? visits : "·"}
                  </td>
                );
              })}
            </tr>
          ))}
        </Table>
      </Panel>
      <Panel headingId="shifts-heading" heading={t("outreach.shifts")} className="mb-6">
        {shifts.length === 0 ? (
          <p className="text-stone-700">{t("outreach.noShifts")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {shifts.map((shift) => (
              <li key={shift.id}>
                <Link href={`/outreach/shifts/${shift.id}`} className="text-brand-700 underline">
                  {t("outreach.shiftTitle", { date: day(format, shift.date), from: shift.startTime, to: shift.endTime })}
                </Link>{" "}
                · {shift.staff.join(", ")} · {t("outreach.shiftSummary", { venues: shift.venues, people: shift.peopleMet })}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
