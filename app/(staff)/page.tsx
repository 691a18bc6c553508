import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageSession } from "@/lib/auth/page-guards";
import { navItemsFor } from "@/lib/navigation";
import { PageTitle } from "@/components/ui/page-title";
import { HealthAccessList } from "@/components/users/health-access-list";
import { latestHealthAccessChanges } from "@/lib/users/health-access-log";
import { pendingBackupKey } from "@/lib/backup/backup-key-notice";
import { BackupKeyPanel } from "@/components/settings/backup-key-panel";
import { acknowledgeBackupKey } from "./settings/actions";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

export default async function HomePage() {
  const session = await requirePageSession();
  const t = await getTranslations();
  const sections = navItemsFor(session.role).filter((item) => item.href !== "/");
  // The health team sees every account change that opened their records to someone.
  const healthAccess = session.role === "HEALTH" ? await latestHealthAccessChanges(session) : null;
  // A new centre's coordinator: the backup key, until they say it is stored.
  const backupKey = await pendingBackupKey(session);

  return (
    <>
      <PageTitle lead={t(`home.roleLead.${session.role}` as never)}>
        {t("home.welcome", { name: session.displayName })}
      </PageTitle>
      {backupKey ? <BackupKeyPanel notice={backupKey} acknowledge={acknowledgeBackupKey} /> : null}
      {healthAccess ? <HealthAccessList changes={healthAccess} /> : null}
      <section aria-labelledby="sections-heading" className="rounded-lg border border-stone-300 bg-white p-4">
        <h2 id="sections-heading" className="mb-3 text-lg font-semibold">
          {t("home.sections")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {sections.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="flex min-h-11 items-center rounded-md border border-stone-300 px-4 py-3 font-medium hover:bg-stone-100">
                {t(item.labelKey as never)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-6 max-w-2xl text-sm text-stone-700">{t("home.privacyReminder")}</p>
    </>
  );
}
