import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LedgerRow } from "@/lib/stock/queries";
import { Cell, Table } from "@/components/ui/table";

/** `money`: the viewer may read values (`money:read`); the rows carry none otherwise. */
export async function LedgerTable({ rows, money }: { rows: LedgerRow[]; money: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("stock"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("emptyLedger")}</p>;
  return (
    <Table
      label={t("ledgerTitle")}
      className="text-sm"
      columns={[
        { header: t("when") },
        { header: t("item") },
        { header: t("kind") },
        { header: t("quantity"), numeric: true },
        money ? { header: t("value"), numeric: true } : null,
        { header: t("reason") },
        { header: t("by") },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td>{format.dateTime(row.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</td>
          <td>{locale === "en" ? row.nameEn : row.nameFr}{row.size ? ` (${row.size})` : ""}</td>
          <td>{t(`kinds.${row.kind}`)}</td>
          <Cell numeric>{row.quantity > 0 ? `+${row.quantity}` : row.quantity}</Cell>
          {money ? <Cell numeric>{row.valueCents !== null ? format.number(row.valueCents / 100, { style: "currency", currency: "CAD" }) : ""}</Cell> : null}
          <td>{[row.donor, row.reason].filter(Boolean).join(" · ")}</td>
          <td>{row.recordedBy ?? ""}</td>
        </tr>
      ))}
    </Table>
  );
}
