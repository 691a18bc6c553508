"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { INCIDENT_RISKS, newIncidentSchema, updateIncidentSchema } from "@/lib/incidents/schemas";
import type { IncidentRow } from "@/lib/incidents/queries";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { createIncident, updateIncident } from "@/app/(staff)/incidents/actions";

type Props = {
  today: string;
  incident?: IncidentRow;
  save: typeof createIncident | typeof updateIncident;
};

export function IncidentForm({ today, incident, save }: Props) {
  const t = useTranslations("incidents");
  const tr = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: (incident ? updateIncidentSchema : newIncidentSchema) as typeof newIncidentSchema,
    action: save,
    idempotent: true,
    defaultValues: {
      ...(incident ? { incidentId: incident.id } : {}),
      occurredOn: incident?.occurredOn ?? today,
      discoveredOn: incident?.discoveredOn ?? today,
      description: incident?.description ?? "",
      dataInvolved: incident?.dataInvolved ?? "",
      peopleAffected: String(incident?.peopleAffected ?? 0),
      risk: incident?.risk ?? "UNDER_ASSESSMENT",
      riskAssessment: incident?.riskAssessment ?? "",
      commissionNotifiedOn: incident?.commissionNotifiedOn ?? "",
      peopleNotifiedOn: incident?.peopleNotifiedOn ?? "",
      notificationsNote: incident?.notificationsNote ?? "",
      measures: incident?.measures ?? "",
    },
    onSuccess: (data) => (incident ? router.refresh() : router.push(`/incidents/${data.incidentId}`)),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-4">
      <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">{t("noNames")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={t("occurredOn")} type="date" max={today} error={errorOf("occurredOn")} {...form.register("occurredOn")} />
        <TextField label={t("discoveredOn")} type="date" max={today} error={errorOf("discoveredOn")} {...form.register("discoveredOn")} />
        <TextField label={t("peopleAffected")} type="number" min={0} inputMode="numeric" error={errorOf("peopleAffected")} {...form.register("peopleAffected")} />
      </div>
      <TextAreaField label={t("description")} maxLength={2000} rows={4} error={errorOf("description")} {...form.register("description")} />
      <TextAreaField label={t("dataInvolved")} maxLength={1000} error={errorOf("dataInvolved")} {...form.register("dataInvolved")} />
      <SelectField label={t("risk")} options={INCIDENT_RISKS.map((value) => ({ value, label: t(`risks.${value}`) }))} error={errorOf("risk")} {...form.register("risk")} />
      <TextAreaField label={t("riskAssessment")} hint={t("riskAssessmentHint")} maxLength={2000} error={errorOf("riskAssessment")} {...form.register("riskAssessment")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("commissionNotifiedOn")} type="date" max={today} error={errorOf("commissionNotifiedOn")} {...form.register("commissionNotifiedOn")} />
        <TextField label={t("peopleNotifiedOn")} type="date" max={today} error={errorOf("peopleNotifiedOn")} {...form.register("peopleNotifiedOn")} />
      </div>
      <TextAreaField label={t("notificationsNote")} maxLength={1000} error={errorOf("notificationsNote")} {...form.register("notificationsNote")} />
      <TextAreaField label={t("measures")} maxLength={2000} rows={4} error={errorOf("measures")} {...form.register("measures")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{incident ? tr("incidents.save") : tr("incidents.create")}</Button>
    </form>
  );
}
