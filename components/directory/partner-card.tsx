import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Partner } from "@/lib/directory/partners";
import { isDirectoryLanguage } from "@/lib/directory/schemas";
import { PANEL_CLASS } from "@/components/ui/panel";

export async function PartnerCard({ partner, editable }: { partner: Partner; editable: boolean }) {
  const t = await getTranslations();
  return (
    <li className={PANEL_CLASS}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">{partner.name}</h2>
        {editable ? <Link href={`/directory/${partner.id}`} className="text-brand-700 underline">{t("directory.edit")}</Link> : null}
      </div>
      <p className="text-sm">{partner.domains.map((domain) => t(`enums.referralDomain.${domain}`)).join(" · ")}</p>
      {partner.respectful ? <p className="mt-1 inline-block rounded bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("directory.respectfulBadge")}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        {partner.phone ? (<><dt className="font-medium">{t("directory.phone")}</dt><dd>{partner.phone}</dd></>) : null}
        {partner.hours ? (<><dt className="font-medium">{t("directory.hours")}</dt><dd>{partner.hours}</dd></>) : null}
        {partner.publicAddress ? (<><dt className="font-medium">{t("directory.publicAddress")}</dt><dd>{partner.publicAddress}</dd></>) : null}
        {partner.languages.length > 0 ? (<><dt className="font-medium">{t("directory.languages")}</dt><dd>{partner.languages.filter(isDirectoryLanguage).map((code) => t(`enums.language.${code}`)).join(", ")}</dd></>) : null}
      </dl>
      {partner.notes ? <p className="mt-2 whitespace-pre-wrap text-sm text-stone-700">{partner.notes}</p> : null}
    </li>
  );
}
