import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { auditActors, auditFilterSchema, auditLog, type AuditFilter } from "@/lib/audit/queries";
import { PageTitle } from "@/components/ui/page-title";
import { ExportButton } from "@/components/ui/export-button";
import { Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

const field = "min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const session = await requirePagePermission("audit:read", "audit");
  const query = await searchParams;
  const parsed = auditFilterSchema.safeParse(query);
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  const [log, actors, t, format] = await Promise.all([auditLog(session, filter), auditActors(session), getTranslations("audit"), getFormatter()]);
  const exportQuery = Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <form method="get" action="/audit" className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <label className="flex flex-col gap-1 font-medium">
          {t("person")}
          <input name="person" defaultValue={filter.person ?? ""} placeholder="K7M 4QX" className={field} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("actor")}
          <select name="actorId" defaultValue={filter.actorId ?? ""} className={field}>
            <option value="">{t("anyone")}</option>
            {actors.map((actor) => <option key={actor.id} value={actor.id}>{actor.displayName} ({actor.username})</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("action")}
          <input name="action" defaultValue={filter.action ?? ""} placeholder="participants." className={field} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("outcome")}
          <select name="outcome" defaultValue={filter.outcome ?? ""} className={field}>
            <option value="">{t("anyOutcome")}</option>
            {(["SUCCESS", "DENIED", "INVALID", "FAILURE"] as const).map((outcome) => <option key={outcome} value={outcome}>{t(`outcomes.${outcome}`)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("from")}
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("to")}
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={field} />
        </label>
        <div className="flex gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white">{t("filter")}</button>
          <ExportButton href="/api/audit/export" query={exportQuery} label={t("export")} />
        </div>
      </form>
      {!parsed.success ? <p role="alert" className="mb-4 text-red-800">{t("badFilter")}</p> : null}
      <p className="mb-2 text-sm text-stone-700">{t("count", { shown: log.rows.length, total: log.total })}</p>
      <Table
        label={t("title")}
        variant="plain"
        className="text-sm"
        columns={[
          { header: t("at"), className: "pr-3" },
          { header: t("actor"), className: "pr-3" },
          { header: t("action"), className: "pr-3" },
          { header: t("record"), className: "pr-3" },
          { header: t("outcome"), className: "pr-3" },
          { header: t("detail") },
        ]}
      >
        {log.rows.map((row) => (
          <tr key={row.id}>
            <td className="pr-3 whitespace-nowrap">{format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" })}</td>
            <td className="pr-3">{row.actor ?? "—"}{row.actorRole ? <span className="text-stone-600"> · {row.actorRole}</span> : null}</td>
            <td className="pr-3 font-mono">{row.action}</td>
            <td className="pr-3 font-mono break-all">{row.entity ? `${row.entity} ${row.entityId ?? ""}` : "—"}</td>
            <td className="pr-3">{t(`outcomes.${row.outcome}`)}</td>
            <td className="font-mono break-all">{row.detail ?? ""}</td>
          </tr>
        ))}
      </Table>
    </>
  );
}
