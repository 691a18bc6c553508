import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { createExpense, deleteExpense, deleteImport, importExpenses, previewImport, saveBudget, setFiscalYearStart, type ImportPreview } from "@/lib/costs/commands";
import { budgetSchema, deleteExpenseSchema, deleteImportSchema, expenseFileSchema, fiscalYearStartSchema, importExpensesSchema, newExpenseSchema } from "@/lib/costs/schemas";

export const createExpenseAction = {
  name: "costs.create-expense",
  idempotent: true,
  entity: "Expense",
  permission: "costs:write",
  schema: newExpenseSchema,
  run: async ({ tx, session, input }) => {
    const expenseId = await createExpense(tx, session, input);
    return { data: { expenseId }, entityId: expenseId, messageKey: "costs.expenseSaved" };
  },
} satisfies ActionDefinition<typeof newExpenseSchema, { expenseId: string }>;

export const deleteExpenseAction = {
  name: "costs.delete-expense",
  entity: "Expense",
  permission: "costs:write",
  schema: deleteExpenseSchema,
  run: async ({ tx, input }) => {
    await deleteExpense(tx, input.expenseId);
    return { data: undefined, entityId: input.expenseId, messageKey: "costs.expenseDeleted" };
  },
} satisfies ActionDefinition<typeof deleteExpenseSchema, undefined>;

export const deleteImportAction = {
  name: "costs.delete-import",
  entity: "ExpenseImport",
  permission: "costs:write",
  schema: deleteImportSchema,
  run: async ({ tx, input }) => {
    await deleteImport(tx, input.importId);
    return { data: undefined, entityId: input.importId, messageKey: "costs.importDeleted" };
  },
} satisfies ActionDefinition<typeof deleteImportSchema, undefined>;

export const saveBudgetAction = {
  name: "costs.save-budget",
  entity: "Budget",
  permission: "costs:write",
  schema: budgetSchema,
  run: async ({ tx, input }) => {
    await saveBudget(tx, input);
    return { data: undefined, entityId: String(input.fiscalYear), messageKey: "costs.budgetSaved" };
  },
} satisfies ActionDefinition<typeof budgetSchema, undefined>;

export const setFiscalYearStartAction = {
  name: "costs.fiscal-year-start",
  entity: "FinanceSettings",
  permission: "costs:write",
  schema: fiscalYearStartSchema,
  run: async ({ tx, input }) => {
    await setFiscalYearStart(tx, input.month);
    return { data: undefined, messageKey: "costs.fiscalYearSaved" };
  },
} satisfies ActionDefinition<typeof fiscalYearStartSchema, undefined>;

/** Reads the file and checks every row, writing nothing (the audit row says a preview was made). */
export const previewExpenseImportAction = {
  name: "costs.import-preview",
  entity: "ExpenseImport",
  permission: "costs:write",
  schema: expenseFileSchema,
  run: async ({ input }) => ({ data: previewImport(input) }),
} satisfies ActionDefinition<typeof expenseFileSchema, ImportPreview>;

export const importExpensesAction = {
  name: "costs.import",
  entity: "ExpenseImport",
  permission: "costs:write",
  schema: importExpensesSchema,
  run: async ({ tx, session, input }) => {
    const result = await importExpenses(tx, session, input);
    return { data: result, entityId: result.importId, messageKey: "costs.imported" };
  },
} satisfies ActionDefinition<typeof importExpensesSchema, { importId: string; count: number }>;
