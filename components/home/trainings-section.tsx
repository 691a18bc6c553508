import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TrainingsItem } from "@/lib/home/shift-summary";
import { day } from "@/components/programs/format";
import { HomeCard, MoreLine, Quiet } from "./home-card";

/** Volunteers' trainings that run out within a month or just ran out, not renewed since. */
export async function TrainingsSection({ item, href }: { item: TrainingsItem; href: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <HomeCard id="trainings" heading={t("home.trainings.heading")} href={href} linkLabel={t("home.trainings.link")}>
      {item.total === 0 ? (
        <Quiet>{t("home.trainings.none")}</Quiet>
      ) : (
        <>
          <ul className="flex flex-col gap-1">
            {item.rows.map((row) => (
              <li key={`${row.volunteerId}:${row.kind}:${row.label ?? ""}`}>
                <Link href={`/volunteers/${row.volunteerId}`} className="font-medium text-brand-700 underline">{row.alias}</Link>
                <span className="text-stone-700">
                  {" · "}
                  {t(`programs.trainings.${row.kind}`)}
                  {row.label ? ` (${row.label})` : ""}
                  {" · "}
                  {t(row.expired ? "home.trainings.expiredOn" : "home.trainings.expiresOn", { date: day(format, row.expiresOn) })}
                </span>
              </li>
            ))}
          </ul>
          <MoreLine total={item.total} shown={item.rows.length} label={(count) => t("home.more", { count })} />
        </>
      )}
    </HomeCard>
  );
}
