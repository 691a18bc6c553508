"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { updateParticipantSchema } from "@/lib/participants/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { OptionalParticipantFields } from "@/components/participants/participant-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { updateParticipant } from "@/app/(staff)/participants/actions";

type Values = {
  alias: string;
  birthYear: number | null;
  ageBand: string | null;
  genderIdentity: string | null;
  genderSelfDescribed: string | null;
  pronouns: string | null;
  preferredLanguage: string | null;
  heardFrom: string | null;
};

type Props = { participantId: string; values: Values; update: typeof updateParticipant };

export function EditParticipantForm({ participantId, values, update }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const blank = (value: string | number | null) => (value === null ? "" : String(value));
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: updateParticipantSchema,
    action: update,
    defaultValues: {
      participantId,
      alias: values.alias,
      birthYear: blank(values.birthYear),
      ageBand: blank(values.ageBand),
      genderIdentity: blank(values.genderIdentity),
      genderSelfDescribed: blank(values.genderSelfDescribed),
      pronouns: blank(values.pronouns),
      preferredLanguage: blank(values.preferredLanguage),
      heardFrom: blank(values.heardFrom),
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">{t("participants.privacyNotice")}</p>
      <TextField label={t("participants.alias")} hint={t("participants.aliasHint")} maxLength={40} error={errorOf("alias")} {...form.register("alias")} />
      <OptionalParticipantFields form={form as unknown as UseFormReturn} errorOf={errorOf} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("participants.save")}</Button>
    </form>
  );
}
