import { getTranslations } from "next-intl/server";
import type { ClinicItem } from "@/lib/home/shift-summary";
import { formatCode } from "@/lib/participants/code-format";
import { HomeCard, MoreLine, Quiet } from "./home-card";

/**
 * Tonight's clinic and who among tonight's people has a dose or a result owed. Health data: the
 * page renders it only for `clinic:read` (lib/home/shift-summary.ts builds it for no one else),
 * and says who, never what (that is on the clinic page, behind its audited read).
 */
export async function ClinicSection({ item, href }: { item: ClinicItem; href: string }) {
  const t = await getTranslations();
  return (
    <HomeCard id="clinic" heading={t("home.clinic.heading")} href={href} linkLabel={t("home.clinic.link")}>
      {item.sessions.length === 0 ? (
        <Quiet>{t("home.clinic.noSession")}</Quiet>
      ) : (
        <ul className="flex flex-col gap-1">
          {item.sessions.map((session) => (
            <li key={session.id} className="font-medium">
              {t(`clinic.sessionTypes.${session.type}`)} · {t("clinic.encounterCount", { count: session.encounters })}
            </li>
          ))}
        </ul>
      )}
      {!item.nightOpen ? (
        <p className="mt-2 text-stone-700">{t("home.clinic.noNight")}</p>
      ) : item.due.total === 0 ? (
        <p className="mt-2 text-stone-700">{t("home.clinic.nobodyDue")}</p>
      ) : (
        <>
          <p className="mt-2">{t("home.clinic.due", { count: item.due.total })}</p>
          <ul className="mt-1 flex flex-col gap-1" data-testid="home-clinic-due">
            {item.due.rows.map((person) => (
              <li key={person.id}>
                <span className="font-medium">{person.alias}</span> <span className="font-mono text-sm">{formatCode(person.code)}</span>
              </li>
            ))}
          </ul>
          <MoreLine total={item.due.total} shown={item.due.rows.length} label={(count) => t("home.more", { count })} />
        </>
      )}
    </HomeCard>
  );
}
