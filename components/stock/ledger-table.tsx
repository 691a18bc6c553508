import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LedgerRow } from "@/lib/stock/queries";

/** `money`: the viewer may read values (`money:read`); the rows carry none otherwise. */
export async function LedgerTable({ rows, money }: { rows: LedgerRow[]; money: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("stock"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("emptyLedger")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("when")}</th>
            <th scope="col" className="px-3 py-2">{t("item")}</th>
            <th scope="col" className="px-3 py-2">{t("kind")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("quantity")}</th>
            {money ? <th scope="col" className="px-3 py-2 text-right">{t("value")}</th> : null}
            <th scope="col" className="px-3 py-2">{t("reason")}</th>
            <th scope="col" className="px-3 py-2">{t("by")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200">
              <td className="px-3 py-2">{format.dateTime(row.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="px-3 py-2">{locale === "en" ? row.nameEn : row.nameFr}{row.size ? ` (${row.size})` : ""}</td>
              <td className="px-3 py-2">{t(`kinds.${row.kind}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{row.quantity > 0 ? `+${row.quantity}` : row.quantity}</td>
              {money ? <td className="px-3 py-2 text-right tabular-nums">{row.valueCents !== null ? format.number(row.valueCents / 100, { style: "currency", currency: "CAD" }) : ""}</td> : null}
              <td className="px-3 py-2">{[row.donor, row.reason].filter(Boolean).join(" · ")}</td>
              <td className="px-3 py-2">{row.recordedBy ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
