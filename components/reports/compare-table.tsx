import { getFormatter, getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";

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
    <Table
      variant="report"
      caption={caption}
      columns={[{ header: t("figure") }, { header: t("current"), numeric: true }, { header: t("previous"), numeric: true }, { header: t("change"), numeric: true }]}
    >
      {rows.map((row) => (
        <tr key={row.label}>
          <Cell rowHeader className="font-normal">{row.label}</Cell>
          <Cell numeric>{show(row, row.current)}</Cell>
          <Cell numeric className="text-stone-700">{show(row, row.previous)}</Cell>
          <Cell numeric className="text-stone-700">{change(row)}</Cell>
        </tr>
      ))}
    </Table>
  );
}
