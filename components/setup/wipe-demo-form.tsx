"use client";

import { useLocale, useTranslations } from "next-intl";
import { WIPE_PHRASES, wipeDemoSchema } from "@/lib/setup/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { wipeDemo } from "@/app/(staff)/settings/actions";

type Props = { wipe: typeof wipeDemo };

// The phrase is typed, not clicked: the demo's records go, and there is no undo.
export function WipeDemoForm({ wipe }: Props) {
  const t = useTranslations("setup");
  const phrase = WIPE_PHRASES[useLocale() === "en" ? "en" : "fr"];
  const { form, onSubmit, formError, errorOf } = useActionForm({ schema: wipeDemoSchema, action: wipe, defaultValues: { confirmation: "" } });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField label={t("wipeLabel", { phrase })} autoComplete="off" error={errorOf("confirmation")} {...form.register("confirmation")} />
      <FormMessage error={formError} success={null} />
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>{t("wipeButton")}</Button>
    </form>
  );
}
