import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FollowUpsItem } from "@/lib/home/shift-summary";
import { formatCode } from "@/lib/participants/code-format";
import { day } from "@/components/programs/format";
import { HomeCard, MoreLine, Quiet } from "./home-card";

/** The signed-in person's own referrals whose follow-up date has come. */
export async function FollowUpsSection({ item, href }: { item: FollowUpsItem; href: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <HomeCard id="follow-ups" heading={t("home.followUps.heading")} href={href} linkLabel={t("home.followUps.link")}>
      {item.total === 0 ? (
        <Quiet>{t("home.followUps.none")}</Quiet>
      ) : (
        <>
          <ul className="flex flex-col gap-1">
            {item.rows.map((row) => (
              <li key={row.id}>
                <Link href={`/participants/${row.participantId}`} className="font-medium text-brand-700 underline">{row.alias}</Link>
                <span className="ml-1 font-mono text-sm">{formatCode(row.code)}</span>
                <span className="text-stone-700"> · {t(`enums.referralDomain.${row.domain}`)} · {t("home.followUps.dueOn", { date: day(format, row.followUpOn) })}</span>
              </li>
            ))}
          </ul>
          <MoreLine total={item.total} shown={item.rows.length} label={(count) => t("home.more", { count })} />
        </>
      )}
    </HomeCard>
  );
}
