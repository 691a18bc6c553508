import { getFormatter, getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { coversPeriod } from "@/lib/reports/comparable";
import { formatLocalDate } from "@/lib/i18n/format-local-date";

/** `since`: where this figure's records start, when not the table's (lib/reports/records-start.ts). */
export type CompareRow = { label: string; current: number | null; previous: number | null; money?: boolean; since?: string | null };

type Props = {
  caption: string;
  rows: CompareRow[];
  formatMoney: (cents: number) => string;
  /** The period compared with: a figure whose records start after its first day shows no change. */
  previous: { from: string };
  /** Where the table's figures' records start (null: none yet). */
  since: string | null;
};

/**
 * A figure beside the period before and the change, as a person reads a report. Where the
 * records do not cover the period before, the change is "—" and a line under the table says
 * where they start (lib/reports/comparable.ts).
 */
export async function CompareTable({ caption, rows, formatMoney, previous, since }: Props) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const startOf = (row: CompareRow) => (row.since === undefined ? since : row.since);
  const covered = (row: CompareRow) => coversPeriod(startOf(row), previous);
  const show = (row: CompareRow, value: number | null) => (value === null ? "—" : row.money ? formatMoney(value) : format.number(value));
  const change = (row: CompareRow) => {
    if (!covered(row) || row.current === null || row.previous === null || row.previous === 0) return "—";
    const ratio = (row.current - row.previous) / row.previous;
    return format.number(ratio, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" });
  };
  // One line per start date the uncovered figures have, naming them unless it is all of them.
  const uncovered = rows.filter((row) => !covered(row));
  const starts = [...new Set(uncovered.map(startOf))];
  const notes = starts.map((start) => {
    const figures = uncovered.filter((row) => startOf(row) === start);
    const date = start === null ? null : formatLocalDate(format, start, { dateStyle: "long" });
    const named = figures.length < rows.length ? figures.map((row) => row.label).join(", ") : null;
    if (date === null) return named ? t("noRecordsFor", { figures: named }) : t("noRecords");
    return named ? t("recordsStartFor", { figures: named, date }) : t("recordsStart", { date });
  });
  return (
    <>
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
      {notes.map((note) => (
        <p key={note} className="-mt-4 mb-6 max-w-3xl text-sm text-stone-700" data-testid="records-start">
          {note}
        </p>
      ))}
    </>
  );
}
