"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { itemSchema, ITEM_CATEGORIES } from "@/lib/stock/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { saveItem } from "@/app/(staff)/stock/actions";
import type { ItemCategory } from "@/lib/generated/prisma/enums";

export type ItemValues = {
  itemId: string | null;
  category: ItemCategory;
  nameFr: string;
  nameEn: string;
  unitFr: string;
  unitEn: string;
  sizes: string[];
  lowStockThreshold: number;
  /** The item's money, for the coordinator only; null hides the fields (lib/stock/queries.ts). */
  money: { unitCostCents: number | null; donatedValueCents: number | null } | null;
  active: boolean;
};

type Props = { values: ItemValues; save: typeof saveItem };

const dollars = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2));

export function ItemForm({ values, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: itemSchema,
    action: save,
    defaultValues: {
      itemId: values.itemId ?? "",
      category: values.category,
      nameFr: values.nameFr,
      nameEn: values.nameEn,
      unitFr: values.unitFr,
      unitEn: values.unitEn,
      sizes: values.sizes.join(", "),
      lowStockThreshold: String(values.lowStockThreshold),
      unitCost: dollars(values.money?.unitCostCents ?? null),
      donatedValue: dollars(values.money?.donatedValueCents ?? null),
      active: values.active,
    },
    onSuccess: (data) => (values.itemId ? router.refresh() : router.push(`/stock/items/${data.itemId}`)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <SelectField label={t("stock.category")} options={ITEM_CATEGORIES.map((value) => ({ value, label: t(`enums.category.${value}`) }))} error={errorOf("category")} {...form.register("category")} />
      <TextField label={t("stock.sizes")} error={errorOf("sizes")} {...form.register("sizes")} />
      <TextField label={t("stock.nameFr")} maxLength={80} error={errorOf("nameFr")} {...form.register("nameFr")} />
      <TextField label={t("stock.nameEn")} maxLength={80} error={errorOf("nameEn")} {...form.register("nameEn")} />
      <TextField label={t("stock.unitFr")} maxLength={20} error={errorOf("unitFr")} {...form.register("unitFr")} />
      <TextField label={t("stock.unitEn")} maxLength={20} error={errorOf("unitEn")} {...form.register("unitEn")} />
      <TextField label={t("stock.threshold")} inputMode="numeric" error={errorOf("lowStockThreshold")} {...form.register("lowStockThreshold")} />
      {values.money ? (
        <>
          <TextField label={t("stock.unitCost")} inputMode="decimal" error={errorOf("unitCost")} {...form.register("unitCost")} />
          <TextField label={t("stock.unitValue")} inputMode="decimal" error={errorOf("donatedValue")} {...form.register("donatedValue")} />
        </>
      ) : null}
      <label className="flex min-h-11 items-center gap-2 self-end">
        <input type="checkbox" className="size-5" {...form.register("active")} />
        {t("stock.active")}
      </label>
      <div className="sm:col-span-2">
        <FormMessage error={formError} success={success} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting} className="sm:col-span-2">{t("stock.saveItem")}</Button>
    </form>
  );
}
