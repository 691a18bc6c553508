import "server-only";
// Reading an accounting program's CSV export into expenses: decode (UTF-8 only: a Windows-1252
// file would turn "Épicerie" into garbage silently), split (the delimiter is whichever of ; , tab
// the header uses most: French exports use ";" because "," is the decimal mark), guess which
// column is which, then check every row. Nothing here writes; the import action writes all the
// rows or none. Pure functions, so the whole path is unit-testable.
import { parse } from "csv-parse/sync";
import { parseAmount, type AmountProblem } from "@/lib/costs/money";
import { EXPENSE_CATEGORIES, type DateFormat, type ExpenseCategory } from "@/lib/costs/categories";
/** A category value of the export may also be skipped (e.g. honoraria already counted from shifts). */
export type CategoryChoice = ExpenseCategory | "SKIP";

export type ColumnMapping = {
  date: number;
  amount: number;
  category: number;
  description: number;
  funder: number | null;
  dateFormat: DateFormat;
  /** Each distinct value of the category column, mapped to a category. */
  categories: Record<string, CategoryChoice>;
};

export type CsvTable = { header: string[]; rows: { line: number; cells: string[] }[] };
export type RowProblem = { line: number; column: string; problem: "date" | "amount" | "category" | "description" | "columns"; detail?: AmountProblem };
export type ParsedExpense = { line: number; spentOn: string; amountCents: number; category: ExpenseCategory; description: string; funder: string | null };

export class CsvFileError extends Error {
  constructor(readonly problem: "encoding" | "empty" | "malformed" | "tooManyRows") {
    super(problem);
  }
}

export const MAX_ROWS = 5000;

export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CsvFileError("encoding");
  }
  return text.replace(/^\uFEFF/, "");
}

export function readCsv(text: string): CsvTable {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.trim() === "") throw new CsvFileError("empty");
  const delimiter = [";", "\t", ","].map((mark) => ({ mark, count: firstLine.split(mark).length - 1 })).sort((a, b) => b.count - a.count)[0]!.mark;
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch {
    throw new CsvFileError("malformed");
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw new CsvFileError("empty");
  if (rows.length > MAX_ROWS) throw new CsvFileError("tooManyRows");
  // Numbered as a spreadsheet shows the file (the header is row 1), which is where a bookkeeper
  // will look; a quoted cell spanning several lines stays one row there too.
  return { header, rows: rows.map((cells, index) => ({ line: index + 2, cells })) };
}

const COLUMN_NAMES: Record<"date" | "amount" | "category" | "description" | "funder", RegExp> = {
  date: /^date|date$/i,
  amount: /montant|amount|d[ée]bit|total|co[uû]t|cost/i,
  category: /cat[ée]gorie|category|compte|account|poste/i,
  description: /description|libell[ée]|fournisseur|vendor|payee|b[ée]n[ée]ficiaire|d[ée]tail|memo/i,
  funder: /bailleur|funder|subvention|grant|fonds|fund|programme/i,
};

const CATEGORY_WORDS: [RegExp, ExpenseCategory][] = [
  [/honorai|honorari|stipend|b[ée]n[ée]vol/i, "VOLUNTEER_HONORARIA"],
  [/transport|livraison|delivery|camion|truck/i, "FOOD_TRANSPORT"],
  [/loyer|rent|location/i, "RENT"],
  [/nourriture|aliment|[ée]picerie|food|grocer|repas|meal/i, "FOOD"],
  [/entretien|maintenance|m[ée]nage|cleaning|r[ée]paration|repair/i, "MAINTENANCE"],
  [/sant[ée]|health|m[ée]dical|pharma|hygi[eè]ne|r[ée]duction des m[ée]faits|harm/i, "HEALTH_SUPPLIES"],
  [/bureau|office|papeterie|stationery|imprim|print/i, "OFFICE_SUPPLIES"],
];

export function guessCategory(value: string): CategoryChoice {
  const exact = EXPENSE_CATEGORIES.find((category) => category === value.trim().toUpperCase());
  if (exact) return exact;
  return CATEGORY_WORDS.find(([pattern]) => pattern.test(value))?.[1] ?? "OTHER";
}

/** A first mapping from the header's names and the rows' dates; the person corrects it. */
export function guessMapping(table: CsvTable): ColumnMapping {
  const find = (pattern: RegExp, fallback: number, taken: number[] = []) => {
    const index = table.header.findIndex((name, at) => pattern.test(name) && !taken.includes(at));
    return index >= 0 ? index : fallback;
  };
  const date = find(COLUMN_NAMES.date, 0);
  const amount = find(COLUMN_NAMES.amount, Math.min(1, table.header.length - 1), [date]);
  const category = find(COLUMN_NAMES.category, Math.min(2, table.header.length - 1), [date, amount]);
  const description = find(COLUMN_NAMES.description, Math.min(3, table.header.length - 1), [date, amount, category]);
  const funderAt = table.header.findIndex((name, at) => COLUMN_NAMES.funder.test(name) && ![date, amount, category, description].includes(at));
  const mapping: ColumnMapping = { date, amount, category, description, funder: funderAt >= 0 ? funderAt : null, dateFormat: guessDateFormat(table, date), categories: {} };
  for (const value of distinctValues(table, category)) mapping.categories[value] = guessCategory(value);
  return mapping;
}

export function distinctValues(table: CsvTable, column: number): string[] {
  return [...new Set(table.rows.map((row) => row.cells[column] ?? ""))].sort((a, b) => a.localeCompare(b));
}

export function guessDateFormat(table: CsvTable, column: number): DateFormat {
  const values = table.rows.map((row) => row.cells[column] ?? "");
  if (values.some((value) => /^\d{4}[-/.]/.test(value))) return "YMD";
  // dd/mm as soon as one first part cannot be a month; mm/dd as soon as one second part cannot.
  const parts = values.map((value) => value.split(/[-/.]/).map(Number));
  if (parts.some((part) => (part[1] ?? 0) > 12)) return "MDY";
  return "DMY";
}

/** "2026-04-15", "15/04/2026" or "04/15/2026" as the mapping says, to an ISO day; null if invalid. */
export function parseDay(value: string, format: DateFormat): string | null {
  const parts = value.trim().split(/[-/.]/);
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) return null;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  const [year, month, day] = format === "YMD" ? [a, b, c] : format === "DMY" ? [c, b, a] : [c, a, b];
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** Every row checked; the import writes only when `problems` is empty. */
export function checkRows(table: CsvTable, mapping: ColumnMapping): { expenses: ParsedExpense[]; problems: RowProblem[]; skipped: number } {
  const expenses: ParsedExpense[] = [];
  const problems: RowProblem[] = [];
  let skipped = 0;
  const name = (column: number) => table.header[column] ?? String(column + 1);
  const needed = Math.max(mapping.date, mapping.amount, mapping.category, mapping.description, mapping.funder ?? 0);
  for (const row of table.rows) {
    if (row.cells.length <= needed) {
      problems.push({ line: row.line, column: "", problem: "columns" });
      continue;
    }
    const choice = mapping.categories[row.cells[mapping.category] ?? ""];
    if (choice === "SKIP") {
      skipped++;
      continue;
    }
    const before = problems.length;
    const spentOn = parseDay(row.cells[mapping.date]!, mapping.dateFormat);
    if (!spentOn) problems.push({ line: row.line, column: name(mapping.date), problem: "date" });
    const amount = parseAmount(row.cells[mapping.amount]!);
    if (!amount.ok) problems.push({ line: row.line, column: name(mapping.amount), problem: "amount", detail: amount.reason });
    if (!choice) problems.push({ line: row.line, column: name(mapping.category), problem: "category" });
    const description = row.cells[mapping.description]!.replace(/[\u0000-\u001F\u007F]/g, " ").trim().slice(0, 200);
    if (!description) problems.push({ line: row.line, column: name(mapping.description), problem: "description" });
    if (problems.length > before || !spentOn || !amount.ok || !choice) continue;
    const funder = mapping.funder === null ? "" : (row.cells[mapping.funder] ?? "").replace(/[\u0000-\u001F\u007F]/g, " ").trim().slice(0, 120);
    expenses.push({ line: row.line, spentOn, amountCents: amount.cents, category: choice, description, funder: funder || null });
  }
  return { expenses, problems, skipped };
}
