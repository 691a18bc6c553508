import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { env } from "@/lib/env";
import { centreToday } from "@/lib/nights/today";
import { formatCode } from "@/lib/participants/code-format";
import { retentionCutoff } from "@/lib/participants/retention";
import { retentionDryRun } from "@/lib/participants/queries";
import { PageTitle } from "@/components/ui/page-title";
import { RetentionButton } from "@/components/rights/retention-button";
import { applyRetention } from "./actions";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("rights");
  return { title: t("title") };
}

/** Law 25 in one place: the retention job's dry run and its button, and where the rest lives. */
export default async function PrivacyPage() {
  const session = await requirePagePermission("participants:anonymise", "privacy");
  const today = centreToday();
  const years = env().RETENTION_YEARS;
  const [candidates, t, format] = await Promise.all([retentionDryRun(session, { today, years }), getTranslations("rights"), getFormatter()]);
  const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "medium" });
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Panel headingId="retention-heading" heading={t("retention")} headingClassName="mb-2 text-xl font-semibold" className="mb-8 max-w-3xl">
        <p className="mb-3">{t("retentionRule", { years, cutoff: day(retentionCutoff(today, years)) })}</p>
        {candidates.length === 0 ? (
          <p role="status">{t("retentionNone")}</p>
        ) : (
          <>
            <p className="mb-2 font-medium">{t("retentionDryRun", { count: candidates.length })}</p>
            <ul className="mb-4 max-h-64 overflow-y-auto rounded-md border border-stone-200 p-2 font-mono text-sm">
              {candidates.map((candidate) => (
                <li key={candidate.id}>{formatCode(candidate.code)} · {day(candidate.lastSeen)}</li>
              ))}
            </ul>
          </>
        )}
        <RetentionButton expected={candidates.length} run={applyRetention} />
        <p className="mt-3 text-sm text-stone-700">{t("retentionCli")}</p>
      </Panel>
      <section className="max-w-3xl">
        <h2 className="mb-2 text-xl font-semibold">{t("elsewhere")}</h2>
        <ul className="list-disc pl-6">
          <li>{t("exportWhere")}</li>
          <li><Link className="underline" href="/incidents">{t("incidentsLink")}</Link></li>
          <li><Link className="underline" href="/audit">{t("auditLink")}</Link></li>
        </ul>
      </section>
    </>
  );
}
