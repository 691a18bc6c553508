import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listIncidents } from "@/lib/incidents/queries";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata() {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

export default async function IncidentsPage() {
  const session = await requirePagePermission("incidents:manage", "incidents");
  const [rows, t, format] = await Promise.all([listIncidents(session), getTranslations("incidents"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <p className="mb-4"><Link href="/incidents/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white">{t("new")}</Link></p>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-2 pr-3">{t("occurredOn")}</th>
              <th scope="col" className="py-2 pr-3">{t("description")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("peopleAffected")}</th>
              <th scope="col" className="py-2 pr-3">{t("risk")}</th>
              <th scope="col" className="py-2">{t("notifications")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap"><Link className="underline" href={`/incidents/${row.id}`}>{day(row.occurredOn)}</Link></td>
                <td className="py-2 pr-3">{row.description.length > 140 ? `${row.description.slice(0, 140)}…` : row.description}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{row.peopleAffected}</td>
                <td className="py-2 pr-3">{t(`risks.${row.risk}`)}</td>
                <td className="py-2">
                  {row.commissionNotifiedOn ? <span className="block">{t("commissionOn", { date: day(row.commissionNotifiedOn) })}</span> : null}
                  {row.peopleNotifiedOn ? <span className="block">{t("peopleOn", { date: day(row.peopleNotifiedOn) })}</span> : null}
                  {!row.commissionNotifiedOn && !row.peopleNotifiedOn ? "—" : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
