"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { recordIntakeSchema } from "@/lib/participants/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { IntakeFields } from "@/components/participants/intake-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { recordIntake } from "@/app/(staff)/participants/actions";

type Props = { participantId: string; record: typeof recordIntake };

export function NewIntakeForm({ participantId, record }: Props) {
  const t = useTranslations("participants");
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: recordIntakeSchema,
    action: record,
    idempotent: true,
    defaultValues: { participantId, consentScope: "NEEDS", immediateNeeds: [], longTermNeeds: [], housing: "", note: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <IntakeFields form={form as unknown as UseFormReturn} prefix="" errorOf={errorOf} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("recordIntake")}</Button>
    </form>
  );
}
