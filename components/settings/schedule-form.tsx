"use client";

import { useTranslations } from "next-intl";
import { ISO_WEEKDAYS } from "@/lib/nights/local-date";
import { siteScheduleSchema } from "@/lib/nights/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { updateSchedule } from "@/app/(staff)/settings/actions";

type Props = {
  site: { id: string; name: string; openWeekdays: number[]; opensAt: string; closesAt: string };
  save: typeof updateSchedule;
};

export function ScheduleForm({ site, save }: Props) {
  const t = useTranslations();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: siteScheduleSchema,
    action: save,
    defaultValues: { siteId: site.id, openWeekdays: site.openWeekdays.map(String), opensAt: site.opensAt, closesAt: site.closesAt },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <CheckboxGroup
        legend={t("settings.openDays")}
        options={ISO_WEEKDAYS.map((day) => ({ value: String(day), label: t(`weekdays.${day}`) }))}
        registration={form.register("openWeekdays")}
        error={errorOf("openWeekdays")}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("settings.opensAt")} type="time" error={errorOf("opensAt")} {...form.register("opensAt")} />
        <TextField label={t("settings.closesAt")} type="time" error={errorOf("closesAt")} {...form.register("closesAt")} />
      </div>
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("settings.save")}</Button>
    </form>
  );
}
