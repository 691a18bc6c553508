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

export async function generateMetadata() {
  const t = await getTranslations("volunteers");
  return { title: t("title") };
}

const card = "mb-6 rounded-lg border border-stone-300 bg-white p-4";

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
      <section aria-labelledby="list-heading" className={card}>
        <h2 id="list-heading" className="mb-2 text-lg font-semibold">{t("nav.volunteers")}</h2>
        {rows.length === 0 ? (
          <p className="text-stone-700">{t("volunteers.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead className="text-sm">
                <tr>
                  <th scope="col" className="py-1">{t("volunteers.alias")}</th>
                  <th scope="col" className="py-1">{t("volunteers.tier")}</th>
                  <th scope="col" className="py-1 text-right">{t("volunteers.hours")}</th>
                  {honoraria ? <th scope="col" className="py-1 text-right">{t("volunteers.honoraria")}</th> : null}
                  <th scope="col" className="py-1">{t("volunteers.lastShift")}</th>
                  <th scope="col" className="py-1 text-right">{t("volunteers.validTrainings")}</th>
                  <th scope="col" className="py-1">{t("volunteers.account")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-t border-stone-200">
                    <td className="py-1">
                      <Link href={`/volunteers/${row.id}`} className="text-brand-700 underline">{row.alias}</Link>{" "}
                      <span className="font-mono text-sm text-stone-600">{row.code}</span>
                      {row.active ? null : <span className="ml-2 text-sm text-stone-600">({t("volunteers.inactive")})</span>}
                    </td>
                    <td className="py-1">{t(`programs.tiers.${row.tier}` as never)}</td>
                    <td className="py-1 text-right tabular-nums">{hours(format, row.minutes)}</td>
                    {honoraria ? <td className="py-1 text-right tabular-nums">{money(format, row.honorariumCents ?? 0)}</td> : null}
                    <td className="py-1">{row.lastShift ? day(format, row.lastShift) : "—"}</td>
                    <td className="py-1 text-right tabular-nums">{row.validTrainings}</td>
                    <td className="py-1">{row.account ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {can(session.role, "programs:write") ? (
        <section aria-labelledby="new-heading" className={card}>
          <h2 id="new-heading" className="mb-3 text-lg font-semibold">{t("volunteers.new")}</h2>
          <NewVolunteerForm today={today} create={createVolunteer} />
        </section>
      ) : null}
    </>
  );
}
