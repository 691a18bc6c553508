"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";

export type ItemChoice = { id: string; name: string; sizes: string[]; onHand?: Record<string, number> };

/** Item, then its size when it has sizes. */
export function ItemSizeFields<V extends FieldValues>({ form, items, errorOf }: { form: UseFormReturn<V>; items: ItemChoice[]; errorOf: (name: string) => string | undefined }) {
  const t = useTranslations("stock");
  const itemId = form.watch("itemId" as Path<V>);
  const item = items.find((candidate) => candidate.id === itemId);
  return (
    <>
      <SelectField label={t("item")} options={items.map((entry) => ({ value: entry.id, label: entry.name }))} error={errorOf("itemId")} {...form.register("itemId" as Path<V>)} />
      {item && item.sizes.length > 0 ? (
        <SelectField
          label={t("size")}
          options={[{ value: "", label: "—" }, ...item.sizes.map((size) => ({ value: size, label: item.onHand ? `${size} (${t("left", { count: item.onHand[size] ?? 0 })})` : size }))]}
          error={errorOf("size")}
          {...form.register("size" as Path<V>)}
        />
      ) : null}
    </>
  );
}
