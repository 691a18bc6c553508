import "server-only";
// The bytes of an import file to a table, as the expense import reads its files (UTF-8 only,
// a BOM dropped, the delimiter the header uses most, lines numbered as a spreadsheet shows them),
// and the file-level refusals that stop a preview before any row is checked.
import { CsvFileError, decodeCsv, readCsv, type CsvTable } from "@/lib/costs/expense-csv";

export type FileProblem = "encoding" | "empty" | "malformed" | "tooManyRows" | "missingColumn";

export class ImportFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly values: Record<string, string> = {},
  ) {
    super(problem);
  }
}

export function readImportFile(bytes: Uint8Array): CsvTable {
  try {
    return readCsv(decodeCsv(bytes));
  } catch (error) {
    if (error instanceof CsvFileError) throw new ImportFileError(error.problem);
    throw error;
  }
}
