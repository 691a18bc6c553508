"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { WORKSHOP_TOPICS, workshopSchema } from "@/lib/programs/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createWorkshop } from "@/app/(staff)/workshops/actions";

type Props = { today: string; create: typeof createWorkshop };

export function WorkshopForm({ today, create }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: workshopSchema,
    action: create,
    idempotent: true,
    defaultValues: { titleFr: "", titleEn: "", descriptionFr: "", descriptionEn: "", topic: "HEALTH", facilitator: "", facilitatorOrganisation: "", date: today, startTime: "19:00" },
    onSuccess: (data) => router.push(`/workshops/${data.workshopId}`),
  });
  const area = "min-h-24 rounded-md border border-stone-400 bg-white px-3 py-2 text-base";
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-3 sm:grid-cols-2">
      <TextField label={t("workshops.titleFr")} maxLength={120} error={errorOf("titleFr")} {...form.register("titleFr")} />
      <TextField label={t("workshops.titleEn")} maxLength={120} error={errorOf("titleEn")} {...form.register("titleEn")} />
      {(["descriptionFr", "descriptionEn"] as const).map((name) => (
        <div key={name} className="flex flex-col gap-1">
          <label htmlFor={`field-${name}`} className="font-medium">{t(`workshops.${name}`)}</label>
          <textarea id={`field-${name}`} maxLength={1000} className={area} aria-invalid={errorOf(name) ? true : undefined} {...form.register(name)} />
          {errorOf(name) ? <p role="alert" className="text-sm font-medium text-red-800">{errorOf(name)}</p> : null}
        </div>
      ))}
      <SelectField label={t("workshops.topic")} options={WORKSHOP_TOPICS.map((value) => ({ value, label: t(`programs.topics.${value}`) }))} error={errorOf("topic")} {...form.register("topic")} />
      <div />
      <TextField label={t("workshops.facilitator")} hint={t("workshops.facilitatorHint")} maxLength={80} error={errorOf("facilitator")} {...form.register("facilitator")} />
      <TextField label={t("workshops.organisation")} maxLength={120} error={errorOf("facilitatorOrganisation")} {...form.register("facilitatorOrganisation")} />
      <TextField label={t("workshops.date")} type="date" error={errorOf("date")} {...form.register("date")} />
      <TextField label={t("workshops.startTime")} type="time" error={errorOf("startTime")} {...form.register("startTime")} />
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("workshops.create")}</Button>
    </form>
  );
}
