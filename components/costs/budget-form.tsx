"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { budgetSchema } from "@/lib/costs/schemas";
import { EXPENSE_CATEGORIES, type ExpenseCategory } from "@/lib/costs/categories";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { saveBudget } from "@/app/(staff)/costs/actions";

type Props = { fiscalYear: number; amounts: Partial<Record<ExpenseCategory, string>>; save: typeof saveBudget };

export function BudgetForm({ fiscalYear, amounts, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: budgetSchema,
    action: save,
    defaultValues: { fiscalYear, amounts: Object.fromEntries(EXPENSE_CATEGORIES.map((category) => [category, amounts[category] ?? "0"])) },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-3">
      <input type="hidden" {...form.register("fiscalYear")} />
      {EXPENSE_CATEGORIES.map((category) => (
        <TextField
          key={category}
          id={`budget-${category}`}
          label={t(`enums.expenseCategory.${category}`)}
          inputMode="decimal"
          error={errorOf(`amounts.${category}`)}
          {...form.register(`amounts.${category}`)}
        />
      ))}
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("costs.saveBudget")}</Button>
    </form>
  );
}
