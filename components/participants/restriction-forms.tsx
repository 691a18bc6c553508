"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { restrictionSchema } from "@/lib/participants/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { addRestriction, endRestriction } from "@/app/(staff)/participants/actions";


export function AddRestrictionForm({ participantId, today, add }: { participantId: string; today: string; add: typeof addRestriction }) {
  const t = useTranslations("participants");
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: restrictionSchema,
    action: add,
    defaultValues: { participantId, startsOn: today, endsOn: "", reason: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("startsOn")} type="date" error={errorOf("startsOn")} {...form.register("startsOn")} />
        <TextField label={t("endsOn")} type="date" error={errorOf("endsOn")} {...form.register("endsOn")} />
      </div>
      <TextField label={t("reason")} maxLength={300} error={errorOf("reason")} {...form.register("reason")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("addRestriction")}</Button>
    </form>
  );
}

export function EndRestrictionButton({ restrictionId, today, end }: { restrictionId: string; today: string; end: typeof endRestriction }) {
  const t = useTranslations("participants");
  const { call, pending, error } = useActionCall();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => call(() => end({ restrictionId, endsOn: today }))}
      >
        {t("endToday")}
      </Button>
      <FormMessage error={error} />
    </>
  );
}
