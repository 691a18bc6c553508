import { getTranslations } from "next-intl/server";
import type { BackupKeyNotice } from "@/lib/backup/backup-key-notice";
import { AcknowledgeBackupKeyForm } from "@/components/settings/acknowledge-backup-key-form";
import type { acknowledgeBackupKey } from "@/app/(staff)/settings/actions";

/**
 * The backup key, once, for the coordinator of a new centre: without it no backup can be
 * restored, and with it anyone holding the backups can read them. So: off the machine, away
 * from the backups (on paper in the office safe, or in the centre's password manager).
 */
export async function BackupKeyPanel({ notice, acknowledge }: { notice: BackupKeyNotice; acknowledge: typeof acknowledgeBackupKey }) {
  const t = await getTranslations("settings.backupKey");
  return (
    <section aria-labelledby="backup-key-heading" className="mb-6 rounded-lg border-2 border-amber-500 bg-amber-50 p-4" data-testid="backup-key-panel">
      <h2 id="backup-key-heading" className="mb-2 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-3">{t("lead")}</p>
      <p className="mb-3 break-all rounded-md bg-white p-3 font-mono text-lg tracking-wide" data-testid="backup-key">{notice.key}</p>
      <p className="mb-3 text-sm text-stone-700">{t("where", { file: notice.file })}</p>
      <AcknowledgeBackupKeyForm acknowledge={acknowledge} />
    </section>
  );
}
