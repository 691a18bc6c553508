import "server-only";
// The funder release as a CSV file: one row per figure, through the app's one CSV writer
// (lib/csv/write-csv.ts). The figures themselves are made in lib/reports/release/.
import { decimal, writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import { publishedText, type PublishedCount } from "@/lib/reports/suppression";
import type { FunderExport } from "@/lib/reports/release/release-figures";

export type { FunderExport, FunderLine, FunderTable, MoneyLine } from "@/lib/reports/release/release-figures";

/** A published count as a CSV cell: a number stays a number, "<5" is text. */
const countCell = (cell: PublishedCount): CsvCell => (cell.kind === "value" ? cell.value : publishedText(cell));
const dollars = (cents: number | null): CsvCell => (cents === null ? "" : decimal(cents / 100, 2));

export type FunderCsvText = {
  header: { section: string; figure: string; current: string; previous: string };
  /** The rule and the period, first, so a figure never travels without what it means. */
  noteLabel: string;
  notes: string[];
};

/** Notes, then one row per figure: section, figure, this period, the period before. Amounts in dollars. */
export function funderCsv(exported: FunderExport, text: FunderCsvText, sectionLabel: (key: string) => string): string {
  const lines: CsvCell[][] = text.notes.map((note) => [text.noteLabel, note, null, null]);
  lines.push([text.header.section, text.header.figure, text.header.current, text.header.previous]);
  for (const line of exported.headline) lines.push([sectionLabel("headline"), line.label, countCell(line.current), countCell(line.previous)]);
  for (const table of exported.tables) {
    for (const row of [...table.rows, table.total]) lines.push([sectionLabel(table.key), row.label, countCell(row.current), countCell(row.previous)]);
  }
  for (const line of exported.money) lines.push([sectionLabel("money"), line.label, dollars(line.currentCents), dollars(line.previousCents)]);
  return writeCsv(lines);
}
