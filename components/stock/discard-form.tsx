"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { discardSchema, DISCARD_REASONS } from "@/lib/stock/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ItemSizeFields, type ItemChoice } from "@/components/stock/item-size-fields";
import type { discardStock } from "@/app/(staff)/stock/actions";

type Props = { item: ItemChoice; discard: typeof discardStock };

export function DiscardForm({ item, discard }: Props) {
  const t = useTranslations("stock");
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: discardSchema,
    action: discard,
    defaultValues: { itemId: item.id, size: "", quantity: "", reason: "EXPIRED", note: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <ItemSizeFields form={form as unknown as UseFormReturn} items={[item]} errorOf={errorOf} />
      <TextField label={t("quantity")} inputMode="numeric" error={errorOf("quantity")} {...form.register("quantity")} />
      <SelectField label={t("reason")} options={DISCARD_REASONS.map((value) => ({ value, label: t(`discardReasons.${value}`) }))} error={errorOf("reason")} {...form.register("reason")} />
      <TextField label={t("note")} maxLength={200} error={errorOf("note")} {...form.register("note")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("discard")}</Button>
    </form>
  );
}
