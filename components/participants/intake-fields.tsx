"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { CONSENT_SCOPES, HOUSING_SITUATIONS, IMMEDIATE_NEEDS, LONG_TERM_NEEDS } from "@/lib/participants/schemas";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";

type Props<V extends FieldValues> = {
  form: UseFormReturn<V>;
  /** "intake." inside the new-participant form, "" in the stand-alone intake form. */
  prefix: "" | "intake.";
  errorOf: (name: string) => string | undefined;
};

/** Needs, housing, consent and note. The note can only be written once notes are consented to. */
export function IntakeFields<V extends FieldValues>({ form, prefix, errorOf }: Props<V>) {
  const t = useTranslations();
  const name = (field: string) => `${prefix}${field}` as Path<V>;
  const consent = form.watch(name("consentScope"));
  const withNeeds = consent === "NEEDS" || consent === "NEEDS_AND_NOTES";

  return (
    <div className="flex flex-col gap-4">
      <RadioGroup
        legend={t("participants.consent")}
        options={CONSENT_SCOPES.map((value) => ({ value, label: t(`enums.consentScope.${value}`) }))}
        registration={form.register(name("consentScope"))}
        error={errorOf(`${prefix}consentScope`)}
      />
      {withNeeds ? (
        <>
          <CheckboxGroup
            legend={t("participants.immediateNeeds")}
            options={IMMEDIATE_NEEDS.map((value) => ({ value, label: t(`enums.immediateNeed.${value}`) }))}
            registration={form.register(name("immediateNeeds"))}
          />
          <CheckboxGroup
            legend={t("participants.longTermNeeds")}
            options={LONG_TERM_NEEDS.map((value) => ({ value, label: t(`enums.longTermNeed.${value}`) }))}
            registration={form.register(name("longTermNeeds"))}
          />
          <SelectField
            label={t("participants.housing")}
            options={[{ value: "", label: t("participants.notGiven") }, ...HOUSING_SITUATIONS.map((value) => ({ value, label: t(`enums.housing.${value}`) }))]}
            error={errorOf(`${prefix}housing`)}
            {...form.register(name("housing"))}
          />
        </>
      ) : null}
      {consent === "NEEDS_AND_NOTES" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`field-${prefix}note`} className="font-medium">
            {t("participants.note")}
          </label>
          <p id={`field-${prefix}note-hint`} className="text-sm text-stone-600">
            {t("participants.noteHint")}
          </p>
          <textarea
            id={`field-${prefix}note`}
            rows={3}
            maxLength={1000}
            aria-describedby={`field-${prefix}note-hint`}
            className="rounded-md border border-stone-400 px-3 py-2"
            {...form.register(name("note"))}
          />
          {errorOf(`${prefix}note`) ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {errorOf(`${prefix}note`)}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
