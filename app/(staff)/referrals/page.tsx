import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { followUpsDue } from "@/lib/referrals/queries";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { ReferralTable } from "@/components/referrals/referral-table";

export async function generateMetadata() {
  const t = await getTranslations("referrals");
  return { title: t("title") };
}

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<{ who?: string }> }) {
  const session = await requirePagePermission("referrals:read", "referrals");
  const mine = (await searchParams).who !== "all";
  const [rows, t] = await Promise.all([followUpsDue(session, { today: centreToday(), mine }), getTranslations("referrals")]);
  const tab = (active: boolean) =>
    `inline-flex min-h-11 items-center rounded-md border px-4 ${active ? "border-brand-700 bg-brand-700 text-white" : "border-stone-400 bg-white"}`;
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <nav aria-label={t("title")} className="mb-4 flex gap-2">
        <Link href="/referrals" aria-current={mine ? "page" : undefined} className={tab(mine)}>{t("mine")}</Link>
        <Link href="/referrals?who=all" aria-current={mine ? undefined : "page"} className={tab(!mine)}>{t("everyone")}</Link>
      </nav>
      <ReferralTable rows={rows} />
    </>
  );
}
