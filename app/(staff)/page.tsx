import { getTranslations } from "next-intl/server";
import { requirePageSession } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { HealthAccessList } from "@/components/users/health-access-list";
import { latestHealthAccessChanges } from "@/lib/users/health-access-log";
import { pendingBackupKey } from "@/lib/backup/backup-key-notice";
import { BackupKeyPanel } from "@/components/settings/backup-key-panel";
import { HOME_ITEMS, shiftSummary } from "@/lib/home/shift-summary";
import { TonightSection } from "@/components/home/tonight-section";
import { FollowUpsSection } from "@/components/home/follow-ups-section";
import { LowStockSection } from "@/components/home/low-stock-section";
import { OverdueVenuesSection } from "@/components/home/overdue-venues-section";
import { TrainingsSection } from "@/components/home/trainings-section";
import { NextWorkshopSection } from "@/components/home/next-workshop-section";
import { ClinicSection } from "@/components/home/clinic-section";
import { acknowledgeBackupKey } from "./settings/actions";
import { can } from "@/lib/auth/permissions";
import { KeepFieldLists } from "@/components/field/keep-field-lists";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

// The shift's home: what the evening needs, each item only for the roles that may open its page
// (lib/home/shift-summary.ts decides; the menu is in the navigation, not repeated here).
export default async function HomePage() {
  const session = await requirePageSession();
  const [t, summary, healthAccess, backupKey] = await Promise.all([
    getTranslations(),
    shiftSummary(session),
    // The health team sees every account change that opened their records to someone.
    session.role === "HEALTH" ? latestHealthAccessChanges(session) : Promise.resolve(null),
    // A new centre's coordinator: the backup key, until they say it is stored.
    pendingBackupKey(session),
  ]);

  return (
    <>
      <PageTitle lead={t(`home.roleLead.${session.role}`)}>
        {t("home.welcome", { name: session.displayName })}
      </PageTitle>
      {/* A field role's device keeps the forms' lists from its sign-in on (DESIGN.md §4.8). */}
      {can(session.role, "programs:write") || can(session.role, "clinic:write") ? <KeepFieldLists userId={session.userId} /> : null}
      {backupKey ? <BackupKeyPanel notice={backupKey} acknowledge={acknowledgeBackupKey} /> : null}
      <div className="grid gap-4 md:grid-cols-2" data-testid="home-items">
        {summary.tonight ? <TonightSection item={summary.tonight} href={HOME_ITEMS.tonight.href} /> : null}
        {summary.clinic ? <ClinicSection item={summary.clinic} href={HOME_ITEMS.clinic.href} /> : null}
        {summary.followUps ? <FollowUpsSection item={summary.followUps} href={HOME_ITEMS.followUps.href} /> : null}
        {summary.lowStock ? <LowStockSection item={summary.lowStock} href={HOME_ITEMS.lowStock.href} /> : null}
        {summary.overdueVenues ? <OverdueVenuesSection item={summary.overdueVenues} href={HOME_ITEMS.overdueVenues.href} /> : null}
        {summary.trainings ? <TrainingsSection item={summary.trainings} href={HOME_ITEMS.trainings.href} /> : null}
        {summary.nextWorkshop !== undefined ? <NextWorkshopSection item={summary.nextWorkshop} href={HOME_ITEMS.nextWorkshop.href} /> : null}
      </div>
      {healthAccess ? <div className="mt-6">{<HealthAccessList changes={healthAccess} />}</div> : null}
      <p className="mt-6 max-w-2xl text-sm text-stone-700">{t("home.privacyReminder")}</p>
    </>
  );
}
