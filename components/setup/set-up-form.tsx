"use client";

import { useTranslations } from "next-intl";
import { ISO_WEEKDAYS } from "@/lib/nights/local-date";
import { setUpCentreSchema } from "@/lib/setup/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { setUpCentre } from "@/app/welcome/actions";

type Option = { value: string; label: string };

type Props = {
  save: typeof setUpCentre;
  timeZone: string;
  /** The operator set CENTRE_TIME_ZONE: shown, not chosen. */
  timeZoneFixed: boolean;
  timeZones: string[];
  languages: Option[];
  items: (Option & { group: string })[];
  vaccines: Option[];
};

const ITEM_GROUPS = ["HARM_REDUCTION", "HYGIENE", "CLOTHING", "FOOD", "OTHER"] as const;

// "Set up my centre": the code from the terminal, the first coordinator, the site, and the
// starting lists (everything ticked; untick what the centre does not hand out or offer).
export function SetUpForm({ save, timeZone, timeZoneFixed, timeZones, languages, items, vaccines }: Props) {
  const t = useTranslations();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: setUpCentreSchema,
    action: save,
    defaultValues: {
      code: "",
      username: "",
      displayName: "",
      password: "",
      passwordAgain: "",
      siteName: "",
      openWeekdays: ["1", "2", "3", "4"],
      opensAt: "18:00",
      closesAt: "22:00",
      timeZone,
      languages: ["fr", "en"],
      catalogue: items.map((item) => item.value),
      vaccines: vaccines.map((vaccine) => vaccine.value),
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <TextField
        label={t("setup.code")}
        hint={t("setup.codeHint")}
        autoComplete="off"
        spellCheck={false}
        error={errorOf("code")}
        {...form.register("code")}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t("setup.coordinator")}</legend>
        <p className="text-sm text-stone-700">{t("setup.coordinatorHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t("users.username")} autoComplete="username" error={errorOf("username")} {...form.register("username")} />
          <TextField label={t("users.displayName")} autoComplete="nickname" error={errorOf("displayName")} {...form.register("displayName")} />
          <TextField label={t("setup.password")} type="password" autoComplete="new-password" hint={t("setup.passwordHint")} error={errorOf("password")} {...form.register("password")} />
          <TextField label={t("setup.passwordAgain")} type="password" autoComplete="new-password" error={errorOf("passwordAgain")} {...form.register("passwordAgain")} />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t("setup.site")}</legend>
        <TextField label={t("setup.siteName")} hint={t("setup.siteNameHint")} error={errorOf("siteName")} {...form.register("siteName")} />
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
        {timeZoneFixed ? (
          <p>
            <span className="font-medium">{t("setup.timeZoneLabel")}</span> {timeZone} <span className="text-sm text-stone-600">({t("setup.timeZoneFixed")})</span>
            <input type="hidden" {...form.register("timeZone")} />
          </p>
        ) : (
          <SelectField label={t("setup.timeZoneLabel")} options={timeZones.map((zone) => ({ value: zone, label: zone }))} error={errorOf("timeZone")} {...form.register("timeZone")} />
        )}
        <CheckboxGroup legend={t("setup.languagesLegend")} options={languages} registration={form.register("languages")} error={errorOf("languages")} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold">{t("setup.catalogue")}</legend>
        <p className="text-sm text-stone-700">{t("setup.catalogueHint")}</p>
        {ITEM_GROUPS.map((group) => {
          const options = items.filter((item) => item.group === group);
          return options.length === 0 ? null : (
            <CheckboxGroup key={group} legend={t(`enums.category.${group}`)} options={options} registration={form.register("catalogue")} />
          );
        })}
        <CheckboxGroup legend={t("setup.vaccines")} options={vaccines} registration={form.register("vaccines")} />
      </fieldset>
      <FormMessage error={formError} success={null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("setup.settingUp") : t("setup.submit")}
      </Button>
    </form>
  );
}
