import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listSites } from "@/lib/sites/sites";
import { PageTitle } from "@/components/ui/page-title";
import { ScheduleForm } from "@/components/settings/schedule-form";
import { WipeDemoForm } from "@/components/setup/wipe-demo-form";
import { centreMode } from "@/lib/setup/queries";
import { BackupStatusPanel } from "./_sections/backup-status-panel";
import { configuredBackupDir, readBackupStatus } from "@/lib/backup/backup-status";
import { now } from "@/lib/clock";
import { centreTimeZone } from "@/lib/nights/today";
import { acknowledgeBackupKey, updateSchedule, wipeDemo } from "./actions";
import { pendingBackupKey } from "@/lib/backup/backup-key-notice";
import { BackupKeyPanel } from "@/components/settings/backup-key-panel";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const session = await requirePagePermission("settings:manage", "settings");
  const [sites, t, ts, ti, mode, backupKey] = await Promise.all([listSites(session), getTranslations("settings"), getTranslations("setup"), getTranslations("import"), centreMode(), pendingBackupKey(session)]);
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {backupKey ? <BackupKeyPanel notice={backupKey} acknowledge={acknowledgeBackupKey} /> : null}
      <p className="mb-4"><Link className="underline" href="/settings/import">{ti("settingsLink")}</Link></p>
      <div className="grid gap-6 md:grid-cols-2">
        {sites.map((site) => (
          <Panel key={site.id} headingId={`site-${site.id}`} heading={t("site", { name: site.name })}>
            <ScheduleForm site={site} save={updateSchedule} />
          </Panel>
        ))}
      </div>
      {mode === "demo" ? (
        <section aria-labelledby="wipe-demo" className="mt-6 rounded-lg border border-red-300 bg-white p-4">
          <h2 id="wipe-demo" className="mb-1 text-lg font-semibold">{ts("wipeTitle")}</h2>
          <p className="mb-3 text-stone-700">{ts("wipeLead")}</p>
          <WipeDemoForm wipe={wipeDemo} />
        </section>
      ) : null}
      <BackupStatusPanel status={readBackupStatus(configuredBackupDir())} now={now()} timeZone={centreTimeZone()} />
    </>
  );
}
