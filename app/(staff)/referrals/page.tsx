import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { followUpsDue } from "@/lib/referrals/queries";
import { centreToday } from "@/lib/nights/today";
import { PageTitle } from "@/components/ui/page-title";
import { LinkTabs } from "@/components/ui/link-tabs";
import { ReferralTable } from "@/components/referrals/referral-table";

export async function generateMetadata() {
  const t = await getTranslations("referrals");
  return { title: t("title") };
}

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<{ who?: string }> }) {
  const session = await requirePagePermission("referrals:read", "referrals");
  const mine = (await searchParams).who !== "all";
  const [rows, t] = await Promise.all([followUpsDue(session, { today: centreToday(), mine }), getTranslations("referrals")]);
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <LinkTabs
        label={t("title")}
        tabs={[{ href: "/referrals", label: t("mine") }, { href: "/referrals?who=all", label: t("everyone") }]}
        current={mine ? "/referrals" : "/referrals?who=all"}
      />
      <ReferralTable rows={rows} />
    </>
  );
}
