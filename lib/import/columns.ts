import "server-only";
// Which column of an import file is which, from its header: names in French or English, with or
// without accents, capitals, spaces or underscores ("ancien_code", "Former code", "Nouvelles
// personnes"). The order of the columns does not matter; columns Halte does not know are ignored.
import { normalizeText } from "@/lib/participants/search-terms";

export type ColumnNames<F extends string> = Record<F, readonly string[]>;

/** The header's position of each field, or the fields no column names. */
export function findColumns<F extends string>(header: readonly string[], names: ColumnNames<F>): { columns: Record<F, number | null> } {
  const normalized = header.map((name) => normalizeText(name));
  const columns = {} as Record<F, number | null>;
  for (const field of Object.keys(names) as F[]) {
    const index = normalized.findIndex((name) => names[field].includes(name));
    columns[field] = index >= 0 ? index : null;
  }
  return { columns };
}

/** A cell of a row, "" when the row is shorter than the header. */
export function cell(cells: readonly string[], column: number | null): string {
  return column === null ? "" : (cells[column] ?? "").trim();
}
