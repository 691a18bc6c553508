import { getFormatter, getTranslations } from "next-intl/server";
import { backupFreshness, type BackupStatus } from "@/lib/backup/backup-status";
import { Panel } from "@/components/ui/panel";

// When the last backup ran (scripts/backup/ records it), with a warning past 2 days: a centre
// whose nightly backup silently stopped would find out only on the day it needs one.
export async function BackupStatusPanel({ status, now, timeZone }: { status: BackupStatus; now: Date; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("settings.backup"), getFormatter()]);
  const freshness = backupFreshness(status, now);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short", timeZone });
  return (
    <Panel headingId="backup-status" heading={t("title")} className="mt-6">
      {freshness.kind === "fresh" ? (
        <p>{t("last", { when: when(status.lastSuccessAt!) })}</p>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900">
          {freshness.kind === "never" ? t("never") : t("stale", { when: when(status.lastSuccessAt!) })}
        </p>
      )}
      {status.lastFailureAt && (!status.lastSuccessAt || status.lastFailureAt > status.lastSuccessAt) ? (
        <p className="mt-2 text-red-900">{t("failed", { when: when(status.lastFailureAt) })}</p>
      ) : null}
      <p className="mt-2 text-sm text-stone-700">{t("help")}</p>
    </Panel>
  );
}
