import "server-only";
// A refused row of an import file, named by its line as a spreadsheet shows the file (the
// header is line 1). `problem` is a message key under "import.problems" (messages/*.json), so
// the reason is shown in the reader's language; `values` fill it in (the other line of a
// duplicate, the visits Halte already holds for that night).
export type RowProblem = {
  line: number;
  /** The column's name as the file writes it, "" for the whole row. */
  column: string;
  problem: string;
  values?: Record<string, string | number>;
};

/** Problems in file order, then by column, so the first refused line is the first shown. */
export function sortProblems(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
}
