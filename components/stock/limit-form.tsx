"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { limitSchema } from "@/lib/stock/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { removeLimit, setLimit } from "@/app/(staff)/stock/actions";

type Props = { itemId: string; limit: { maxQuantity: number; periodDays: number } | null; save: typeof setLimit; remove: typeof removeLimit };

export function LimitForm({ itemId, limit, save, remove }: Props) {
  const t = useTranslations("stock");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: limitSchema,
    action: save,
    defaultValues: { itemId, maxQuantity: String(limit?.maxQuantity ?? ""), periodDays: String(limit?.periodDays ?? 7) },
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">{t("limitLead")}</p>
      <p className="font-medium">{limit ? t("limitNow", limit) : t("noLimit")}</p>
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("maxQuantity")} inputMode="numeric" error={errorOf("maxQuantity")} {...form.register("maxQuantity")} />
        <TextField label={t("periodDays")} inputMode="numeric" error={errorOf("periodDays")} {...form.register("periodDays")} />
        <div className="sm:col-span-2"><FormMessage error={formError ?? removeError} success={success} /></div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("saveLimit")}</Button>
        {limit ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await remove({ itemId });
                if (result.ok) router.refresh();
                else setRemoveError(result.error);
              })
            }
          >
            {t("removeLimit")}
          </Button>
        ) : null}
      </form>
    </div>
  );
}
