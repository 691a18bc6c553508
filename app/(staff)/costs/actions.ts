"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  createExpenseAction,
  deleteExpenseAction,
  deleteImportAction,
  importExpensesAction,
  previewExpenseImportAction,
  saveBudgetAction,
  setFiscalYearStartAction,
} from "@/lib/costs/actions";

const refresh = () => {
  revalidatePath("/costs");
  revalidatePath("/reports");
};

export const createExpense = defineAction(createExpenseAction, refresh);
export const deleteExpense = defineAction(deleteExpenseAction, refresh);
export const deleteImport = defineAction(deleteImportAction, refresh);
export const saveBudget = defineAction(saveBudgetAction, refresh);
export const setFiscalYearStart = defineAction(setFiscalYearStartAction, refresh);
export const previewExpenseImport = defineAction(previewExpenseImportAction);
export const importExpenses = defineAction(importExpensesAction, refresh);
