import "server-only";
// The centre's past nights from its spreadsheet: one row a night, its date and its counts
// (visits, of which anonymous; new people; meals). Every row is checked; nothing here writes. The
// checks that need the database (a night Halte already holds, a night imported before) are the
// command's (commands.ts).
import { z } from "zod";
import { guessDateFormat, parseDay, type CsvTable } from "@/lib/costs/expense-csv";
import type { DateFormat } from "@/lib/costs/categories";
import { cell, findColumns, type ColumnNames } from "@/lib/import/columns";
import { parseCount } from "@/lib/import/count";
import { ImportFileError } from "@/lib/import/read-file";
import { sortProblems, type RowProblem } from "@/lib/import/problems";

type Field = "date" | "visits" | "anonymousVisits" | "newPeople" | "meals";

export const TALLY_COLUMNS: ColumnNames<Field> = {
  date: ["date", "soir", "soiree", "nuit", "night", "evening"],
  visits: ["visites", "visits", "total visites", "total visits", "visites total", "total"],
  anonymousVisits: ["anonymes", "anonymous", "visites anonymes", "anonymous visits", "anonyme"],
  newPeople: ["nouvelles personnes", "nouveaux", "nouvelles", "nouveaux participants", "new people", "new", "new participants"],
  meals: ["repas", "meals", "repas servis", "meals served"],
};

/** A count cell: a blank is 0 (a spreadsheet leaves zeros out), except for the visits. */
const count = (blank: "zero" | "missing") =>
  z.string().transform((value, context) => {
    if (value.trim() === "") {
      if (blank === "zero") return 0;
      context.addIssue({ code: "custom", message: "visitsMissing" });
      return z.NEVER;
    }
    const result = parseCount(value);
    if (result.ok) return result.count;
    context.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  });

const rowSchema = (format: DateFormat) =>
  z
    .object({
      date: z.string().transform((value, context) => {
        const day = parseDay(value, format);
        if (day) return day;
        context.addIssue({ code: "custom", message: "date" });
        return z.NEVER;
      }),
      visits: count("missing"),
      anonymousVisits: count("zero"),
      newPeople: count("zero"),
      meals: count("zero"),
    })
    .superRefine((row, context) => {
      // Anonymous visits and new people are visits of that night: never more than all of them.
      if (row.anonymousVisits > row.visits) context.addIssue({ code: "custom", path: ["anonymousVisits"], message: "anonymousOverVisits" });
      if (row.newPeople > row.visits) context.addIssue({ code: "custom", path: ["newPeople"], message: "newOverVisits" });
    });

export type TallyRow = { line: number; date: string; visits: number; anonymousVisits: number; newPeople: number; meals: number };

/**
 * `today` is the centre's tonight (lib/nights/today.ts): a past night is before it, and tonight
 * and later are Halte's own to count. The date format is guessed from the dates unless given.
 */
export function checkTallyRows(table: CsvTable, options: { today: string; dateFormat?: DateFormat }): { tallies: TallyRow[]; problems: RowProblem[]; dateFormat: DateFormat; columnName: (field: Field) => string } {
  const { columns } = findColumns(table.header, TALLY_COLUMNS);
  for (const field of ["date", "visits"] as const) if (columns[field] === null) throw new ImportFileError("missingColumn", { column: field === "date" ? "date" : "visites / visits" });
  const name = (field: Field) => table.header[columns[field] ?? -1] ?? "";
  const dateFormat = options.dateFormat ?? guessDateFormat(table, columns.date!);
  const schema = rowSchema(dateFormat);
  const tallies: TallyRow[] = [];
  const problems: RowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const parsed = schema.safeParse(Object.fromEntries((Object.keys(TALLY_COLUMNS) as Field[]).map((field) => [field, cell(row.cells, columns[field])])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line: row.line, column: name(issue.path[0] as Field), problem: issue.message });
      continue;
    }
    const tally = parsed.data;
    if (tally.date >= options.today) {
      problems.push({ line: row.line, column: name("date"), problem: "dateNotPast" });
      continue;
    }
    const first = firstLineOf.get(tally.date);
    if (first !== undefined) {
      problems.push({ line: row.line, column: name("date"), problem: "dateTwice", values: { line: first } });
      continue;
    }
    firstLineOf.set(tally.date, row.line);
    tallies.push({ line: row.line, ...tally });
  }
  return { tallies, problems: sortProblems(problems), dateFormat, columnName: name };
}
