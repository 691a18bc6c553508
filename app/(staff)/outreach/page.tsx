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

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("title") };
}

const card = "mb-6 rounded-lg border border-stone-300 bg-white p-4";

export default async function OutreachPage() {
  const session = await requirePagePermission("programs:read", "outreach");
  const today = centreToday();
  const [board, shifts, t, format] = await Promise.all([coverageBoard(session, today), recentOutreachShifts(session, 10), getTranslations(), getFormatter()]);
  const shortDay = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });

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
      <section aria-labelledby="board-heading" className={card}>
        <h2 id="board-heading" className="mb-2 text-lg font-semibold">{t("outreach.board")}</h2>
        {board.venues.length === 0 ? (
          <p className="text-stone-700">{t("outreach.noVenues")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left" data-testid="coverage-board">
              <thead className="text-sm">
                <tr>
                  <th scope="col" className="py-1">{t("outreach.venue")}</th>
                  <th scope="col" className="py-1">{t("outreach.type")}</th>
                  <th scope="col" className="py-1">{t("outreach.lastVisit")}</th>
                  <th scope="col" className="py-1 text-right">{t("outreach.thisWeek")}</th>
                  <th scope="col" className="py-1 pl-4">{t("outreach.state")}</th>
                </tr>
              </thead>
              <tbody>
                {board.venues.map((venue) => (
                  <tr key={venue.id} className="border-t border-stone-200" data-overdue={venue.overdue ? "true" : "false"}>
                    <th scope="row" className="py-1 font-normal">
                      <Link href={`/outreach/venues/${venue.id}`} className="text-brand-700 underline">{venue.name}</Link>
                      <span className="block text-sm text-stone-600">{venue.area}</span>
                    </th>
                    <td className="py-1">{t(`programs.venueTypes.${venue.type}` as never)}</td>
                    <td className="py-1">
                      {venue.lastVisit ? `${day(format, venue.lastVisit)} (${t("outreach.daysAgo", { days: venue.daysSince ?? 0 })})` : t("outreach.never")}
                    </td>
                    <td className="py-1 text-right tabular-nums">{t("outreach.weekCount", { visits: venue.visitsThisWeek, target: venue.weeklyTarget })}</td>
                    <td className="py-1 pl-4">
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
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="grid-heading" className={card}>
        <h2 id="grid-heading" className="mb-1 text-lg font-semibold">{t("outreach.grid")}</h2>
        <p className="mb-2 text-sm text-stone-700">{t("outreach.gridLead")}</p>
        <div className="overflow-x-auto">
          <table className="text-left text-sm" data-testid="coverage-grid">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">{t("outreach.venue")}</th>
                {board.weeks.map((week) => (
                  <th key={week} scope="col" className="px-1 py-1 text-center font-normal whitespace-nowrap">
                    <abbr title={t("outreach.weekOf", { date: day(format, week) })} className="no-underline">{shortDay(week)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.venues.map((venue) => (
                <tr key={venue.id} className="border-t border-stone-200">
                  <th scope="row" className="py-1 pr-2 font-normal whitespace-nowrap">{venue.name}</th>
                  {venue.weeks.map((visits, index) => {
                    const met = visits >= venue.weeklyTarget;
                    return (
                      <td key={board.weeks[index]} className={`px-1 py-1 text-center tabular-nums ${met ? "bg-brand-50 text-brand-800" : visits > 0 ? "bg-amber-50 text-amber-900" : "text-stone-700"}`}>
                        {met ? `✓${visits > 1 ? visits : ""}` : visits > 0 ? visits : "·"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="shifts-heading" className={card}>
        <h2 id="shifts-heading" className="mb-2 text-lg font-semibold">{t("outreach.shifts")}</h2>
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
      </section>
    </>
  );
}
