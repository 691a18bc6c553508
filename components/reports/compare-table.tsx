import { getFormatter, getTranslations } from "next-intl/server";

export type CompareRow = { label: string; current: number | null; previous: number | null; money?: boolean };

/** A figure beside the period before and the change, as a person reads a report. */
/** `comparable`: false when the year before holds too few nights for a change to mean anything (lib/reports/comparable.ts). */
export async function CompareTable({ caption, rows, formatMoney, comparable = true }: { caption: string; rows: CompareRow[]; formatMoney: (cents: number) => string; comparable?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const show = (row: CompareRow, value: number | null) => (value === null ? "—" : row.money ? formatMoney(value) : format.number(value));
  const change = (row: CompareRow) => {
    if (!comparable || row.current === null || row.previous === null || row.previous === 0) return "—";
    const ratio = (row.current - row.previous) / row.previous;
    return format.number(ratio, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" });
  };
  return (
    <table className="mb-6 w-full max-w-3xl border-collapse text-left break-inside-avoid">
      <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-400">
          <th scope="col" className="py-2">{t("figure")}</th>
          <th scope="col" className="py-2 text-right">{t("current")}</th>
          <th scope="col" className="py-2 text-right">{t("previous")}</th>
          <th scope="col" className="py-2 text-right">{t("change")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-stone-200">
            <th scope="row" className="py-1.5 font-normal">{row.label}</th>
            <td className="py-1.5 text-right tabular-nums">{show(row, row.current)}</td>
            <td className="py-1.5 text-right tabular-nums text-stone-700">{show(row, row.previous)}</td>
            <td className="py-1.5 text-right tabular-nums text-stone-700">{change(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
