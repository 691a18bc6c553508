"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DIRECTORY_LANGUAGES, isDirectoryLanguage, partnerSchema, REFERRAL_DOMAINS } from "@/lib/directory/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { savePartner } from "@/app/(staff)/directory/actions";
import type { ReferralDomain } from "@/lib/generated/prisma/enums";

export type PartnerValues = {
  partnerId: string | null;
  name: string;
  domains: ReferralDomain[];
  languages: string[];
  phone: string | null;
  hours: string | null;
  publicAddress: string | null;
  respectful: boolean;
  notes: string | null;
  active: boolean;
};

type Props = { values: PartnerValues; save: typeof savePartner };

export function PartnerForm({ values, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: partnerSchema,
    action: save,
    defaultValues: { ...values, languages: values.languages.filter(isDirectoryLanguage), partnerId: values.partnerId ?? "", phone: values.phone ?? "", hours: values.hours ?? "", publicAddress: values.publicAddress ?? "", notes: values.notes ?? "" },
    onSuccess: () => router.push("/directory"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <TextField label={t("directory.name")} maxLength={120} error={errorOf("name")} {...form.register("name")} />
      <CheckboxGroup legend={t("directory.domains")} options={REFERRAL_DOMAINS.map((value) => ({ value, label: t(`enums.referralDomain.${value}`) }))} registration={form.register("domains")} error={errorOf("domains")} />
      <CheckboxGroup legend={t("directory.languages")} options={DIRECTORY_LANGUAGES.map((value) => ({ value, label: t(`enums.language.${value}`) }))} registration={form.register("languages")} error={errorOf("languages")} />
      <TextField label={t("directory.phone")} maxLength={40} error={errorOf("phone")} {...form.register("phone")} />
      <TextField label={t("directory.hours")} maxLength={200} error={errorOf("hours")} {...form.register("hours")} />
      <TextField label={t("directory.publicAddress")} maxLength={200} error={errorOf("publicAddress")} {...form.register("publicAddress")} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" className="size-5 shrink-0" {...form.register("respectful")} />
        {t("directory.respectful")}
      </label>
      <label htmlFor="field-notes" className="font-medium">{t("directory.notes")}</label>
      <textarea id="field-notes" rows={3} maxLength={1000} className="rounded-md border border-stone-400 px-3 py-2" {...form.register("notes")} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" className="size-5 shrink-0" {...form.register("active")} />
        {t("directory.active")}
      </label>
      <FormMessage error={formError} success={success} />
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("directory.save")}</Button>
    </form>
  );
}
