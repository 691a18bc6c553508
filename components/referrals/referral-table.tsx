import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReferralRow } from "@/lib/referrals/queries";
import { formatCode } from "@/lib/participants/code-format";
import { Table } from "@/components/ui/table";

/** The worklist: who, what, with whom, since when. */
export async function ReferralTable({ rows }: { rows: ReferralRow[] }) {
  const t = await getTranslations();
  if (rows.length === 0) return <p>{t("referrals.none")}</p>;
  return (
    <Table
      label={t("referrals.title")}
      columns={[
        { header: t("referrals.followUpOn") },
        { header: t("referrals.participant") },
        { header: t("referrals.domain") },
        { header: t("referrals.partner") },
        { header: t("referrals.status") },
        { header: t("referrals.staff") },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{row.followUpOn}</td>
          <td>
            <Link href={`/participants/${row.participant.id}#referrals`} className="font-medium text-brand-700 underline">
              {row.participant.alias}
            </Link>{" "}
            <span className="font-mono text-sm">{formatCode(row.participant.code)}</span>
          </td>
          <td>{t(`enums.referralDomain.${row.domain}`)}</td>
          <td>{row.partner ?? "—"}</td>
          <td>{t(`referrals.statuses.${row.status}`)}</td>
          <td>{row.staff ?? "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
