import "server-only";
// The participants of a centre's spreadsheet: an alias (required; aliases are not unique, two
// people may share one) and, optionally, the code the centre gave them before Halte, kept as a
// former code the front desk can search. Every row is checked; nothing here writes. The checks
// that need the database (a former code already held) are the command's (commands.ts).
import { z } from "zod";
import type { CsvTable } from "@/lib/costs/expense-csv";
import { NO_CONTROL } from "@/lib/validation/fields";
import { formerCodeKey } from "@/lib/participants/search-terms";
import { cell, findColumns, type ColumnNames } from "@/lib/import/columns";
import { ImportFileError } from "@/lib/import/read-file";
import { sortProblems, type RowProblem } from "@/lib/import/problems";

type Field = "alias" | "formerCode";

/** Header names, as normalizeText writes them (lower case, no accents, words apart). */
export const PARTICIPANT_COLUMNS: ColumnNames<Field> = {
  alias: ["alias", "pseudo", "pseudonyme", "surnom"],
  formerCode: ["ancien code", "former code", "old code", "code", "ancien numero", "numero"],
};

const rowSchema = z.object({
  alias: z.string().trim().min(1, { error: "aliasMissing" }).max(40, { error: "aliasTooLong" }).regex(NO_CONTROL, { error: "controlCharacters" }),
  formerCode: z
    .string()
    .trim()
    .max(40, { error: "formerCodeTooLong" })
    .regex(NO_CONTROL, { error: "controlCharacters" })
    // "--" or "?" would be a code nobody can search: refused rather than stored.
    .refine((code) => code === "" || formerCodeKey(code) !== "", { error: "formerCodeUnreadable" })
    .transform((code) => (code === "" ? null : code)),
});

export type ParticipantRow = { line: number; alias: string; formerCode: string | null };

export function checkParticipantRows(table: CsvTable): { participants: ParticipantRow[]; problems: RowProblem[]; columnName: (field: Field) => string } {
  const { columns } = findColumns(table.header, PARTICIPANT_COLUMNS);
  if (columns.alias === null) throw new ImportFileError("missingColumn", { column: "alias" });
  const name = (field: Field) => table.header[columns[field] ?? -1] ?? "";
  const participants: ParticipantRow[] = [];
  const problems: RowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const parsed = rowSchema.safeParse({ alias: cell(row.cells, columns.alias), formerCode: cell(row.cells, columns.formerCode) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line: row.line, column: name(issue.path[0] as Field), problem: issue.message });
      continue;
    }
    const { alias, formerCode } = parsed.data;
    if (formerCode !== null) {
      const key = formerCodeKey(formerCode);
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        problems.push({ line: row.line, column: name("formerCode"), problem: "formerCodeTwice", values: { line: first } });
        continue;
      }
      firstLineOf.set(key, row.line);
    }
    participants.push({ line: row.line, alias, formerCode });
  }
  return { participants, problems: sortProblems(problems), columnName: name };
}
