import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly } from "@/lib/nights/local-date";
import { CsvFileError, checkRows, decodeCsv, distinctValues, guessMapping, readCsv, type ColumnMapping, type CsvTable, type RowProblem } from "@/lib/costs/expense-csv";
import type { budgetSchema, expenseFileSchema, importExpensesSchema, newExpenseSchema } from "@/lib/costs/schemas";
import type { ExpenseCategory } from "@/lib/generated/prisma/enums";

export async function createExpense(tx: Tx, session: SessionUser, input: z.output<typeof newExpenseSchema>): Promise<string> {
  const expense = await tx.expense.create({
    data: { spentOn: dateOnly(input.spentOn), category: input.category, amountCents: input.amount, description: input.description, funder: input.funder, createdById: session.userId },
    select: { id: true },
  });
  return expense.id;
}

export async function deleteExpense(tx: Tx, expenseId: string) {
  const deleted = await tx.expense.deleteMany({ where: { id: expenseId } });
  if (deleted.count === 0) throw new NotFoundError();
}

/** Undoing a whole import (the wrong file, the wrong mapping): its rows go with it. */
export async function deleteImport(tx: Tx, importId: string) {
  const deleted = await tx.expenseImport.deleteMany({ where: { id: importId } });
  if (deleted.count === 0) throw new NotFoundError();
}

export async function saveBudget(tx: Tx, input: z.output<typeof budgetSchema>) {
  // Object.entries types its keys as strings; the schema's keys are the categories.
  for (const [category, amountCents] of Object.entries(input.amounts) as [ExpenseCategory, number][]) {
    await tx.budget.upsert({
      where: { fiscalYear_category: { fiscalYear: input.fiscalYear, category } },
      create: { fiscalYear: input.fiscalYear, category, amountCents },
      update: { amountCents },
    });
  }
}

export async function setFiscalYearStart(tx: Tx, month: number) {
  await tx.financeSettings.upsert({ where: { id: 1 }, create: { id: 1, fiscalYearStartMonth: month }, update: { fiscalYearStartMonth: month } });
}

export type ImportPreview = {
  header: string[];
  mapping: ColumnMapping;
  categoryValues: string[];
  rowCount: number;
  sample: { line: number; spentOn: string; amountCents: number; category: ExpenseCategory; description: string; funder: string | null }[];
  problems: RowProblem[];
  skipped: number;
  totalCents: number;
};

function tableOf(input: z.output<typeof expenseFileSchema>): CsvTable {
  try {
    return readCsv(decodeCsv(Buffer.from(input.content, "base64")));
  } catch (error) {
    if (error instanceof CsvFileError) throw new DomainError(`costs.import.${error.problem}`);
    throw error;
  }
}

function checkMappingFits(table: CsvTable, mapping: ColumnMapping) {
  const columns = [mapping.date, mapping.amount, mapping.category, mapping.description, ...(mapping.funder === null ? [] : [mapping.funder])];
  if (columns.some((column) => column >= table.header.length)) throw new DomainError("costs.import.missingColumn");
  if (new Set(columns).size !== columns.length) throw new DomainError("costs.import.sameColumnTwice");
}

/** Reads the file and checks every row with the mapping given (or a guessed one); writes nothing. */
export function previewImport(input: z.output<typeof expenseFileSchema>): ImportPreview {
  const table = tableOf(input);
  const guessed = guessMapping(table);
  const mapping = input.mapping ? { ...input.mapping, categories: { ...guessed.categories, ...input.mapping.categories } } : guessed;
  checkMappingFits(table, mapping);
  const categoryValues = distinctValues(table, mapping.category);
  for (const value of categoryValues) mapping.categories[value] ??= "OTHER";
  const checked = checkRows(table, mapping);
  return {
    header: table.header,
    mapping,
    categoryValues,
    rowCount: table.rows.length,
    sample: checked.expenses.slice(0, 10).map(({ line, spentOn, amountCents, category, description, funder }) => ({ line, spentOn, amountCents, category, description, funder })),
    problems: checked.problems,
    skipped: checked.skipped,
    totalCents: checked.expenses.reduce((sum, expense) => sum + expense.amountCents, 0),
  };
}

/** All the rows or none: a single bad row refuses the file, naming its line. */
export async function importExpenses(tx: Tx, session: SessionUser, input: z.output<typeof importExpensesSchema>): Promise<{ importId: string; count: number }> {
  const table = tableOf(input);
  checkMappingFits(table, input.mapping);
  const { expenses, problems } = checkRows(table, input.mapping);
  if (problems.length > 0) throw new DomainError("costs.import.rowsRefused", {}, { count: problems.length, line: problems[0]!.line });
  if (expenses.length === 0) throw new DomainError("costs.import.empty");
  const batch = await tx.expenseImport.create({ data: { fileName: input.fileName, rowCount: expenses.length, importedById: session.userId }, select: { id: true } });
  await tx.expense.createMany({
    data: expenses.map((expense) => ({
      spentOn: dateOnly(expense.spentOn),
      category: expense.category,
      amountCents: expense.amountCents,
      description: expense.description,
      funder: expense.funder,
      importId: batch.id,
      createdById: session.userId,
    })),
  });
  return { importId: batch.id, count: expenses.length };
}
