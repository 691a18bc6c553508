"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { AGE_BANDS, GENDER_IDENTITIES, HEARD_FROM, PREFERRED_LANGUAGES } from "@/lib/participants/schemas";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

type Props<V extends FieldValues> = { form: UseFormReturn<V>; errorOf: (name: string) => string | undefined };

/** The optional details. There is no field for a legal name, a birth date, a phone, an email or an address. */
export function OptionalParticipantFields<V extends FieldValues>({ form, errorOf }: Props<V>) {
  const t = useTranslations();
  const name = (field: string) => field as Path<V>;
  const select = (field: "ageBand" | "genderIdentity" | "preferredLanguage" | "heardFrom", labelled: { value: string; label: string }[]) => (
    <SelectField
      label={t(`participants.${field}`)}
      options={[{ value: "", label: t("participants.notGiven") }, ...labelled]}
      error={errorOf(field)}
      {...form.register(name(field))}
    />
  );
  const gender = form.watch(name("genderIdentity"));
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 font-semibold">{t("participants.optionalFields")}</legend>
      {select("ageBand", AGE_BANDS.map((value) => ({ value, label: t(`enums.ageBand.${value}`) })))}
      <TextField label={t("participants.birthYear")} inputMode="numeric" maxLength={4} error={errorOf("birthYear")} {...form.register(name("birthYear"))} />
      {select("genderIdentity", GENDER_IDENTITIES.map((value) => ({ value, label: t(`enums.genderIdentity.${value}`) })))}
      {gender === "SELF_DESCRIBED" ? (
        <TextField label={t("participants.genderSelfDescribed")} maxLength={40} error={errorOf("genderSelfDescribed")} {...form.register(name("genderSelfDescribed"))} />
      ) : null}
      <TextField label={t("participants.pronouns")} maxLength={30} error={errorOf("pronouns")} {...form.register(name("pronouns"))} />
      {select("preferredLanguage", PREFERRED_LANGUAGES.map((value) => ({ value, label: t(`enums.preferredLanguage.${value}`) })))}
      {select("heardFrom", HEARD_FROM.map((value) => ({ value, label: t(`enums.heardFrom.${value}`) })))}
    </fieldset>
  );
}
