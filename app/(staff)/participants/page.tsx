import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { listParticipants } from "@/lib/participants/queries";
import { formatCode } from "@/lib/participants/code-format";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("participants");
  return { title: t("title") };
}

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const session = await requirePagePermission("participants:profile", "participants");
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 60) ?? "";
  const [rows, t] = await Promise.all([listParticipants(session, query), getTranslations("participants")]);

  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form role="search" className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="participant-search" className="font-medium">{t("searchLabel")}</label>
            <input id="participant-search" name="q" type="search" defaultValue={query} maxLength={60} className="min-h-11 w-72 rounded-md border border-stone-400 px-3" />
          </div>
          <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-4">{t("searchLabel")}</button>
        </form>
        {can(session.role, "participants:write") ? (
          <Link href="/participants/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white">
            {t("new")}
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <Table label={t("title")} columns={[{ header: t("alias") }, { header: t("code") }, { header: t("firstVisit") }, { header: t("lastVisit") }]}>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/participants/${row.id}`} className="font-medium text-brand-700 underline">{row.alias}</Link>
              </td>
              <td className="font-mono">{formatCode(row.code)}</td>
              <td>{row.firstVisitDate ?? "—"}</td>
              <td>{row.lastVisitDate ?? "—"}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
