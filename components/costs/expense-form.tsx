"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { newExpenseSchema } from "@/lib/costs/schemas";
import { EXPENSE_CATEGORIES } from "@/lib/costs/categories";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createExpense } from "@/app/(staff)/costs/actions";

type Props = { today: string; create: typeof createExpense };

export function ExpenseForm({ today, create }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: newExpenseSchema,
    action: create,
    idempotent: true,
    defaultValues: { spentOn: today, category: "FOOD", amount: "", description: "", funder: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <TextField label={t("costs.spentOn")} type="date" error={errorOf("spentOn")} {...form.register("spentOn")} />
      <SelectField
        label={t("costs.category")}
        options={EXPENSE_CATEGORIES.map((value) => ({ value, label: t(`enums.expenseCategory.${value}`) }))}
        error={errorOf("category")}
        {...form.register("category")}
      />
      <TextField label={t("costs.amount")} hint={t("costs.amountHint")} inputMode="decimal" error={errorOf("amount")} {...form.register("amount")} />
      <TextField label={t("costs.description")} maxLength={200} error={errorOf("description")} {...form.register("description")} />
      <TextField label={t("costs.funder")} maxLength={120} error={errorOf("funder")} {...form.register("funder")} />
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("costs.save")}</Button>
    </form>
  );
}
