import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { addDays } from "@/lib/nights/local-date";
import { centreToday } from "@/lib/nights/today";
import { workshopList, type WorkshopRow } from "@/lib/programs/workshops";
import { PageTitle } from "@/components/ui/page-title";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { day } from "@/components/programs/format";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("workshops");
  return { title: t("title") };
}

export default async function WorkshopsPage() {
  const session = await requirePagePermission("workshops:read", "workshops");
  const today = centreToday();
  const [rows, t, format, locale] = await Promise.all([
    workshopList(session, { from: addDays(today, -365), to: addDays(today, 365) }),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const staff = can(session.role, "programs:read");
  const upcoming = rows.filter((row) => row.date >= today).reverse();
  const past = rows.filter((row) => row.date < today);

  const table = (id: string, heading: string, list: WorkshopRow[], empty: string) => (
    <Panel headingId={id} heading={heading} className="mb-6">
      {list.length === 0 ? (
        <p className="text-stone-700">{empty}</p>
      ) : (
        <Table
          labelledBy={id}
          variant="plain"
          columns={[
            { header: t("workshops.date") },
            { header: t("workshops.name") },
            { header: t("workshops.topic") },
            { header: t("workshops.facilitator") },
            { header: t("workshops.attendance"), numeric: true },
            { header: t("workshops.score"), numeric: true },
          ]}
        >
          {list.map((row) => {
            const title = locale === "en" ? row.titleEn : row.titleFr;
            return (
              <tr key={row.id}>
                <td className="whitespace-nowrap">{t("workshops.when", { date: day(format, row.date), time: row.startTime })}</td>
                <td>{staff ? <Link href={`/workshops/${row.id}`} className="text-brand-700 underline">{title}</Link> : title}</td>
                <td>{t(`programs.topics.${row.topic}`)}</td>
                <td>{row.facilitatorOrganisation ? `${row.facilitator} (${row.facilitatorOrganisation})` : row.facilitator}</td>
                <Cell numeric>{row.registered + row.anonymousCount}</Cell>
                <Cell numeric>{row.feedbackScore ?? t("workshops.noScore")}</Cell>
              </tr>
            );
          })}
        </Table>
      )}
    </Panel>
  );

  return (
    <>
      <PageTitle lead={t("workshops.lead")}>{t("workshops.title")}</PageTitle>
      {staff ? <ProgramsNav current="/workshops" /> : null}
      {can(session.role, "programs:write") ? (
        <p className="mb-4">
          <Link href="/workshops/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">{t("workshops.new")}</Link>
        </p>
      ) : null}
      {table("upcoming-heading", t("workshops.upcoming"), upcoming, t("workshops.noUpcoming"))}
      {table("past-heading", t("workshops.past"), past, t("workshops.noPast"))}
    </>
  );
}
