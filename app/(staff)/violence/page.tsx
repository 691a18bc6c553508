import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { listViolenceReports } from "@/lib/violence/reports";
import { formatCode } from "@/lib/participants/code-format";
import { PageTitle } from "@/components/ui/page-title";
import { FormMessage } from "@/components/ui/form-message";
import { PANEL_CLASS } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("violence");
  return { title: t("title") };
}

export default async function ViolencePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const session = await requirePagePermission("violence:read", "violence");
  const saved = (await searchParams).saved;
  const [reports, t] = await Promise.all([listViolenceReports(session), getTranslations()]);
  return (
    <>
      <PageTitle lead={t("violence.lead")}>{t("violence.title")}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-2">
        {can(session.role, "violence:write") ? <Link href="/violence/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-white">{t("violence.new")}</Link> : null}
        <Link href="/violence/alert-sheet" className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4">{t("violence.alertSheet")}</Link>
        {can(session.role, "violence:share") ? <Link href="/violence/share" className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4">{t("violence.share")}</Link> : null}
      </div>
      {saved ? <div className="mb-4"><FormMessage success={saved === "repeat" ? t("violence.createdRepeat") : t("violence.created")} /></div> : null}
      {reports.length === 0 ? <p>{t("violence.none")}</p> : (
        <ul className="flex flex-col gap-3">
          {reports.map((report) => (
            <li key={report.id} className={PANEL_CLASS} data-testid="violence-report">
              <p className="font-semibold">
                {report.occurredOn}
                {report.timeFrom ? ` ${report.timeFrom}–${report.timeTo ?? ""}` : ""} · {report.area}
                {report.repeats.length > 0 ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t("violence.repeat")}</span> : null}
              </p>
              <p>{report.types.map((type) => t(`enums.violenceType.${type}`)).join(", ")}</p>
              {report.aggressorDescription ? <p className="whitespace-pre-wrap text-sm">{report.aggressorDescription}</p> : null}
              {report.vehicleDescription ? <p className="text-sm">{report.vehicleDescription}</p> : null}
              <p className="text-sm text-stone-700">
                {[report.plateHint ? t("violence.plateHint", { hint: report.plateHint }) : null, report.phoneHint ? t("violence.phoneHint", { hint: report.phoneHint }) : null,
                  report.reportedToPolice ? t("violence.reportedToPolice") : null, report.thirdPartyReport ? t("violence.thirdPartyReport") : null,
                  report.consentToShare ? t("violence.shared") : t("violence.notShared")].filter(Boolean).join(" · ")}
              </p>
              <p className="text-sm text-stone-700">
                {t("violence.reporter")} : {report.reporter ? `${report.reporter.alias} (${formatCode(report.reporter.code)})` : t("violence.anonymous")}
              </p>
              {report.elsewhere.length > 0 ? <p className="text-sm font-medium text-red-900">{t("violence.elsewhere", { list: report.elsewhere.join(", ") })}</p> : null}
              {report.repeats.length > 0 ? (
                <p className="text-sm font-medium text-red-900">{t("violence.repeatOf", { list: report.repeats.map((match) => `${match.occurredOn} (${match.area})`).join(", ") })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
