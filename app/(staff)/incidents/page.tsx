import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listIncidents } from "@/lib/incidents/queries";
import { PageTitle } from "@/components/ui/page-title";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

export default async function IncidentsPage() {
  const session = await requirePagePermission("incidents:manage", "incidents");
  const [rows, t, format] = await Promise.all([listIncidents(session), getTranslations("incidents"), getFormatter()]);
  const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "medium" });
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <p className="mb-4"><Link href="/incidents/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white">{t("new")}</Link></p>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table
          label={t("title")}
          variant="plain"
          columns={[
            { header: t("occurredOn"), className: "pr-3" },
            { header: t("description"), className: "pr-3" },
            { header: t("peopleAffected"), numeric: true, className: "pr-3" },
            { header: t("risk"), className: "pr-3" },
            { header: t("notifications") },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="pr-3 whitespace-nowrap"><Link className="underline" href={`/incidents/${row.id}`}>{day(row.occurredOn)}</Link></td>
              <td className="pr-3">{row.description.length > 140 ? `${row.description.slice(0, 140)}…` : row.description}</td>
              <Cell numeric className="pr-3">{row.peopleAffected}</Cell>
              <td className="pr-3">{t(`risks.${row.risk}`)}</td>
              <td>
                {row.commissionNotifiedOn ? <span className="block">{t("commissionOn", { date: day(row.commissionNotifiedOn) })}</span> : null}
                {row.peopleNotifiedOn ? <span className="block">{t("peopleOn", { date: day(row.peopleNotifiedOn) })}</span> : null}
                {!row.commissionNotifiedOn && !row.peopleNotifiedOn ? "—" : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
