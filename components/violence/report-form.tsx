"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { VIOLENCE_TYPES, violenceReportSchema } from "@/lib/violence/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { createViolenceReport } from "@/app/(staff)/violence/actions";

type Props = { today: string; save: typeof createViolenceReport };

export function ViolenceReportForm({ today, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: violenceReportSchema,
    action: save,
    idempotent: true,
    defaultValues: { occurredOn: today, timeFrom: "", timeTo: "", area: "", types: [], aggressorDescription: "", vehicleDescription: "", plate: "", phone: "", reportedToPolice: false, thirdPartyReport: false, consentToShare: false, reporterCode: "" },
    onSuccess: (data) => router.push(`/violence?saved=${data.repeats > 0 ? "repeat" : "1"}`),
  });
  const checkbox = (name: "reportedToPolice" | "thirdPartyReport" | "consentToShare", label: string) => (
    <label className="flex min-h-11 items-center gap-2">
      <input type="checkbox" className="size-5 shrink-0" {...form.register(name)} />
      {label}
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={t("violence.occurredOn")} type="date" error={errorOf("occurredOn")} {...form.register("occurredOn")} />
        <TextField label={t("violence.timeFrom")} type="time" error={errorOf("timeFrom")} {...form.register("timeFrom")} />
        <TextField label={t("violence.timeTo")} type="time" error={errorOf("timeTo")} {...form.register("timeTo")} />
      </div>
      <TextField label={t("violence.area")} maxLength={120} error={errorOf("area")} {...form.register("area")} />
      <CheckboxGroup legend={t("violence.types")} options={VIOLENCE_TYPES.map((value) => ({ value, label: t(`enums.violenceType.${value}`) }))} registration={form.register("types")} error={errorOf("types")} />
      <label htmlFor="field-aggressorDescription" className="font-medium">{t("violence.aggressor")}</label>
      <textarea id="field-aggressorDescription" rows={3} maxLength={1000} className="rounded-md border border-stone-400 px-3 py-2" {...form.register("aggressorDescription")} />
      <TextField label={t("violence.vehicle")} maxLength={300} error={errorOf("vehicleDescription")} {...form.register("vehicleDescription")} />
      <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">{t("violence.hashNotice")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("violence.plate")} maxLength={20} autoComplete="off" error={errorOf("plate")} {...form.register("plate")} />
        <TextField label={t("violence.phone")} maxLength={30} autoComplete="off" error={errorOf("phone")} {...form.register("phone")} />
      </div>
      {checkbox("reportedToPolice", t("violence.reportedToPolice"))}
      {checkbox("thirdPartyReport", t("violence.thirdPartyReport"))}
      {checkbox("consentToShare", t("violence.consentToShare"))}
      <TextField label={t("violence.reporterCode")} maxLength={12} autoComplete="off" error={errorOf("reporterCode")} {...form.register("reporterCode")} />
      <FormMessage error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("violence.save")}</Button>
    </form>
  );
}
