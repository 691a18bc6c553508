"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { receiveSchema } from "@/lib/stock/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { ItemSizeFields, type ItemChoice } from "@/components/stock/item-size-fields";
import type { receiveStock } from "@/app/(staff)/stock/actions";

type Props = { items: ItemChoice[]; today: string; receive: typeof receiveStock };

export function ReceiveForm({ items, today, receive }: Props) {
  const t = useTranslations("stock");
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: receiveSchema,
    action: receive,
    defaultValues: { itemId: items[0]?.id ?? "", size: "", quantity: "", source: "PURCHASED", value: "", donor: "", receivedOn: today },
    resetOnSuccess: true,
  });
  const donated = form.watch("source") === "DONATED";
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      <ItemSizeFields form={form as unknown as UseFormReturn} items={items} errorOf={errorOf} />
      <TextField label={t("quantity")} inputMode="numeric" error={errorOf("quantity")} {...form.register("quantity")} />
      <RadioGroup
        legend={t("source")}
        options={[
          { value: "PURCHASED", label: t("purchased") },
          { value: "DONATED", label: t("donated") },
        ]}
        registration={form.register("source")}
        error={errorOf("source")}
      />
      <TextField label={donated ? t("donatedValue") : t("totalCost")} inputMode="decimal" error={errorOf("value")} {...form.register("value")} />
      {donated ? <TextField label={t("donor")} maxLength={120} error={errorOf("donor")} {...form.register("donor")} /> : null}
      <TextField label={t("receivedOn")} type="date" error={errorOf("receivedOn")} {...form.register("receivedOn")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("receive")}</Button>
    </form>
  );
}
