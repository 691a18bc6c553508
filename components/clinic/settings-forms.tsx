"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { vaccineSchema } from "@/lib/clinic/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { saveVaccine, setRecordResults } from "@/app/(staff)/clinic/actions";


export function RecordResultsForm({ record, save }: { record: boolean; save: typeof setRecordResults }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string | null; success?: string | null }>({});
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-2">
      <p>{record ? t("clinic.settings.resultsOn") : t("clinic.settings.resultsOff")}</p>
      <Button
        type="button"
        variant={record ? "secondary" : "primary"}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const answer = await save({ record: !record });
            setMessage(answer.ok ? { success: answer.message } : { error: answer.error });
            if (answer.ok) router.refresh();
          })
        }
      >
        {record ? t("clinic.settings.turnOff") : t("clinic.settings.turnOn")}
      </Button>
      <FormMessage error={message.error} success={message.success} />
    </div>
  );
}

type Vaccine = { id: string; nameFr: string; nameEn: string; scheduleMonths: number[]; active: boolean };

export function VaccineForm({ vaccine, save }: { vaccine: Vaccine | null; save: typeof saveVaccine }) {
  const t = useTranslations();
  const router = useRouter();
  const prefix = vaccine ? `vaccine-${vaccine.id}` : "vaccine-new";
  const defaults = { vaccineId: vaccine?.id ?? "", nameFr: vaccine?.nameFr ?? "", nameEn: vaccine?.nameEn ?? "", schedule: vaccine ? vaccine.scheduleMonths.join(", ") : "0", active: vaccine?.active ?? true };
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: vaccineSchema,
    action: save,
    defaultValues: defaults,
    resetOnSuccess: !vaccine,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <TextField id={`${prefix}-nameFr`} label={t("clinic.settings.nameFr")} maxLength={80} error={errorOf("nameFr")} {...form.register("nameFr")} />
      <TextField id={`${prefix}-nameEn`} label={t("clinic.settings.nameEn")} maxLength={80} error={errorOf("nameEn")} {...form.register("nameEn")} />
      <TextField id={`${prefix}-schedule`} label={t("clinic.settings.schedule")} hint={t("clinic.settings.scheduleHint")} error={errorOf("schedule")} {...form.register("schedule")} />
      <label className="flex min-h-11 items-center gap-2 self-end">
        <input type="checkbox" className="size-5" {...form.register("active")} />
        {t("clinic.settings.active")}
      </label>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{vaccine ? t("clinic.settings.saveVaccine") : t("clinic.settings.addVaccine")}</Button>
    </form>
  );
}
