// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
import { z } from "zod";
import { isoDay, optionalText, text } from "@/lib/validation/fields";
import { parseAmount } from "@/lib/costs/money";
import { DATE_FORMATS, EXPENSE_CATEGORIES } from "@/lib/costs/categories";

/** An amount typed in a form, read like the accounting exports are ("12,50", "1 234,56 $"). */
export const amountText = z
  .string({ error: "validation.money" })
  .max(40, { error: "validation.money" })
  .transform((value, context) => {
    const result = parseAmount(value);
    if (result.ok) return result.cents;
    context.addIssue({ code: "custom", message: result.reason === "ambiguous" ? "validation.amountAmbiguous" : "validation.money" });
    return z.NEVER;
  });

/** A budget may be zero (nothing planned) but never negative. */
const budgetAmount = z
  .string({ error: "validation.money" })
  .max(40, { error: "validation.money" })
  .transform((value, context) => {
    const trimmed = value.trim();
    if (trimmed === "" || /^0+([.,]0+)?$/.test(trimmed.replace(/\s|\$/g, ""))) return 0;
    const result = parseAmount(value);
    if (result.ok) return result.cents;
    context.addIssue({ code: "custom", message: result.reason === "notPositive" ? "validation.budgetNegative" : "validation.money" });
    return z.NEVER;
  });

export const expenseCategory = z.enum(EXPENSE_CATEGORIES, { error: "validation.choice" });

export const newExpenseSchema = z.object({
  spentOn: isoDay,
  category: expenseCategory,
  amount: amountText,
  description: text(200).min(1, { error: "validation.required" }),
  funder: optionalText(120),
});

export const deleteExpenseSchema = z.object({ expenseId: z.uuid({ error: "errors.notFound" }) });
export const deleteImportSchema = z.object({ importId: z.uuid({ error: "errors.notFound" }) });

export const budgetSchema = z.object({
  fiscalYear: z.coerce.number({ error: "validation.fiscalYear" }).int({ error: "validation.fiscalYear" }).min(2000, { error: "validation.fiscalYear" }).max(2100, { error: "validation.fiscalYear" }),
  amounts: z.record(expenseCategory, budgetAmount),
});

export const fiscalYearStartSchema = z.object({
  month: z.coerce.number({ error: "validation.month" }).int({ error: "validation.month" }).min(1, { error: "validation.month" }).max(12, { error: "validation.month" }),
});

const column = z.number({ error: "validation.column" }).int({ error: "validation.column" }).min(0, { error: "validation.column" }).max(99, { error: "validation.column" });

export const columnMappingSchema = z.object({
  date: column,
  amount: column,
  category: column,
  description: column,
  funder: column.nullable(),
  dateFormat: z.enum(DATE_FORMATS, { error: "validation.choice" }),
  categories: z.record(z.string().max(200), z.enum([...EXPENSE_CATEGORIES, "SKIP"], { error: "validation.choice" })),
});

/** The file travels as base64 (a server action takes strings); 2 MB is years of a centre's books. */
export const expenseFileSchema = z.object({
  fileName: text(200).min(1, { error: "validation.required" }),
  content: z.base64({ error: "costs.import.unreadable" }).max(2_800_000, { error: "costs.import.tooLarge" }),
  mapping: columnMappingSchema.optional(),
});

export const importExpensesSchema = expenseFileSchema.extend({ mapping: columnMappingSchema });
