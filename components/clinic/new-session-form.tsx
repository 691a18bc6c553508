"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SESSION_TYPES, newSessionSchema } from "@/lib/clinic/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createClinicSession } from "@/app/(staff)/clinic/actions";

type Props = {
  today: string;
  clinicians: { id: string; displayName: string }[];
  partners: { id: string; name: string }[];
  create: typeof createClinicSession;
};

export function NewSessionForm({ today, clinicians, partners, create }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: newSessionSchema,
    action: create,
    defaultValues: { type: "MOBILE_UNIT", date: today, partnerId: "", clinicianIds: [], notes: "" },
    onSuccess: (data) => router.push(`/clinic/sessions/${data.sessionId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <SelectField label={t("clinic.sessionType")} options={SESSION_TYPES.map((value) => ({ value, label: t(`clinic.sessionTypes.${value}`) }))} error={errorOf("type")} {...form.register("type")} />
      <TextField label={t("clinic.sessionDate")} type="date" max={today} error={errorOf("date")} {...form.register("date")} />
      <SelectField
        label={t("clinic.partner")}
        options={[{ value: "", label: t("clinic.noPartner") }, ...partners.map((partner) => ({ value: partner.id, label: partner.name }))]}
        error={errorOf("partnerId")}
        {...form.register("partnerId")}
      />
      <div className="sm:col-span-2">
        <CheckboxGroup
          legend={t("clinic.clinicians")}
          options={clinicians.map((clinician) => ({ value: clinician.id, label: clinician.displayName }))}
          registration={form.register("clinicianIds")}
          error={errorOf("clinicianIds")}
        />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="field-session-notes" className="font-medium">{t("clinic.sessionNotes")}</label>
        <textarea id="field-session-notes" rows={2} maxLength={1000} className="rounded-md border border-stone-400 px-3 py-2" {...form.register("notes")} />
      </div>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("clinic.startSession")}</Button>
    </form>
  );
}
