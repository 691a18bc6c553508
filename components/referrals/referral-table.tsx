import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReferralRow } from "@/lib/referrals/queries";
import { formatCode } from "@/lib/participants/code-format";

/** The worklist: who, what, with whom, since when. */
export async function ReferralTable({ rows }: { rows: ReferralRow[] }) {
  const t = await getTranslations();
  if (rows.length === 0) return <p>{t("referrals.none")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full text-left">
        <thead className="bg-stone-100 text-sm">
          <tr>
            <th scope="col" className="px-3 py-2">{t("referrals.followUpOn")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.participant")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.domain")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.partner")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.status")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.staff")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200">
              <td className="px-3 py-2">{row.followUpOn}</td>
              <td className="px-3 py-2">
                <Link href={`/participants/${row.participant.id}#referrals`} className="font-medium text-brand-700 underline">
                  {row.participant.alias}
                </Link>{" "}
                <span className="font-mono text-sm">{formatCode(row.participant.code)}</span>
              </td>
              <td className="px-3 py-2">{t(`enums.referralDomain.${row.domain}`)}</td>
              <td className="px-3 py-2">{row.partner ?? "—"}</td>
              <td className="px-3 py-2">{t(`referrals.statuses.${row.status}`)}</td>
              <td className="px-3 py-2">{row.staff ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
