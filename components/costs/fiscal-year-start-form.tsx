"use client";

import { useRouter } from "next/navigation";
import { useTranslations, useFormatter } from "next-intl";
import { fiscalYearStartSchema } from "@/lib/costs/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import type { setFiscalYearStart } from "@/app/(staff)/costs/actions";

export function FiscalYearStartForm({ month, save }: { month: number; save: typeof setFiscalYearStart }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: fiscalYearStartSchema,
    action: save,
    defaultValues: { month: String(month) },
    onSuccess: () => router.refresh(),
  });
  const months = Array.from({ length: 12 }, (_, index) => ({
    value: String(index + 1),
    label: format.dateTime(new Date(Date.UTC(2026, index, 15)), { month: "long", timeZone: "UTC" }),
  }));
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-3">
      <SelectField label={t("costs.fiscalYearStart")} options={months} error={errorOf("month")} {...form.register("month")} />
      <p className="text-sm text-stone-600">{t("costs.fiscalYearStartHint")}</p>
      <FormMessage error={formError} success={success} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("costs.saveFiscalYear")}</Button>
    </form>
  );
}
