import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { centreToday } from "@/lib/nights/today";
import { volunteerList } from "@/lib/programs/volunteers";
import { PageTitle } from "@/components/ui/page-title";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { NewVolunteerForm } from "@/components/programs/volunteer-forms";
import { day, hours, money } from "@/components/programs/format";
import { createVolunteer } from "./actions";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("volunteers");
  return { title: t("title") };
}

export default async function VolunteersPage() {
  const session = await requirePagePermission("programs:read", "volunteers");
  const today = centreToday();
  const [rows, t, format] = await Promise.all([volunteerList(session, today), getTranslations(), getFormatter()]);
  // Honoraria are summed for the coordinator only (lib/programs/volunteers.ts, `money:read`).
  const honoraria = can(session.role, "money:read");

  return (
    <>
      <PageTitle lead={t("volunteers.lead")}>{t("volunteers.title")}</PageTitle>
      <ProgramsNav current="/volunteers" />
      <Panel headingId="list-heading" heading={t("nav.volunteers")} className="mb-6">
        {rows.length === 0 ? (
          <p className="text-stone-700">{t("volunteers.none")}</p>
        ) : (
          <Table
            labelledBy="list-heading"
            variant="plain"
            columns={[
              { header: t("volunteers.alias") },
              { header: t("volunteers.tier") },
              { header: t("volunteers.hours"), numeric: true },
              honoraria ? { header: t("volunteers.honoraria"), numeric: true } : null,
              { header: t("volunteers.lastShift") },
              { header: t("volunteers.validTrainings"), numeric: true },
              { header: t("volunteers.account") },
            ]}
          >
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/volunteers/${row.id}`} className="text-brand-700 underline">{row.alias}</Link>{" "}
                  <span className="font-mono text-sm text-stone-600">{row.code}</span>
                  {row.active ? null : <span className="ml-2 text-sm text-stone-600">({t("volunteers.inactive")})</span>}
                </td>
                <td>{t(`programs.tiers.${row.tier}`)}</td>
                <Cell numeric>{hours(format, row.minutes)}</Cell>
                {honoraria ? <Cell numeric>{money(format, row.honorariumCents ?? 0)}</Cell> : null}
                <td>{row.lastShift ? day(format, row.lastShift) : "—"}</td>
                <Cell numeric>{row.validTrainings}</Cell>
                <td>{row.account ?? "—"}</td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
      {can(session.role, "programs:write") ? (
        <Panel headingId="new-heading" heading={t("volunteers.new")} className="mb-6">
          <NewVolunteerForm today={today} create={createVolunteer} />
        </Panel>
      ) : null}
    </>
  );
}
