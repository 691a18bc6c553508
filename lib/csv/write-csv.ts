import "server-only";
// The one CSV writer of the app: every file a person downloads as CSV is written here, through
// csv-stringify (the maintained sibling of the csv-parse the expense import already uses), so
// quoting, separators and line ends are the library's, never hand-written.
//
// A spreadsheet runs a cell as a formula when its text starts with =, +, -, @ (and some read a
// leading tab or carriage return the same way). Any text cell that starts so is neutralised with
// a leading apostrophe, which every spreadsheet shows as text: `=HYPERLINK(...)` typed as a
// vaccine name reaches the funder's spreadsheet as the words, not a link (OWASP "CSV injection").
// A number stays a number: it is given as a CsvNumber, whose text is checked to be a plain
// decimal, so "-12.50" from the books stays a negative amount rather than text.
import { stringify } from "csv-stringify/sync";

/** A cell that is a number: its text is a plain decimal (sign, digits, optional decimals). */
export type CsvNumber = { readonly csvNumber: string };
export type CsvCell = string | number | CsvNumber | null | undefined;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A decimal with a fixed number of digits (amounts in dollars: `decimal(cents / 100, 2)`). */
export function decimal(value: number, digits = 0): CsvNumber {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return { csvNumber: value.toFixed(digits) };
}

/** A text cell as a spreadsheet may read it: a formula-like start becomes plain text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return decimal(cell, Number.isInteger(cell) ? 0 : 2).csvNumber;
  if (typeof cell === "object") {
    if (!PLAIN_DECIMAL.test(cell.csvNumber)) throw new RangeError(`not a plain decimal: ${cell.csvNumber}`);
    return cell.csvNumber;
  }
  return neutralise(cell);
}

/**
 * The rows as a CSV file for Excel as much as for LibreOffice: a byte-order mark so accents read
 * right, comma-separated, CRLF line ends, a cell quoted when it holds a comma, a quote or a line
 * break (and a semicolon, the separator of French-locale spreadsheets).
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  const text = rows.map((row) => row.map(cellText));
  return `\uFEFF${stringify(text, { record_delimiter: "\r\n", quoted_match: /[;\r\n]/ })}`;
}
