"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { newReferralSchema, ACCOMPANIMENTS } from "@/lib/referrals/schemas";
import { REFERRAL_DOMAINS } from "@/lib/directory/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createReferral } from "@/app/(staff)/participants/referral-actions";

type Props = {
  participantId: string;
  today: string;
  partners: { id: string; name: string; domains: string[] }[];
  create: typeof createReferral;
};

export function NewReferralForm({ participantId, today, partners, create }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: newReferralSchema,
    action: create,
    idempotent: true,
    defaultValues: { participantId, domain: "HOUSING", partnerId: "", referredOn: today, followUpOn: "", status: "REFERRED", accompaniment: "NONE", note: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  const domain = form.watch("domain");
  const offered = partners.filter((partner) => partner.domains.includes(String(domain)));
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <SelectField label={t("referrals.domain")} options={REFERRAL_DOMAINS.map((value) => ({ value, label: t(`enums.referralDomain.${value}`) }))} error={errorOf("domain")} {...form.register("domain")} />
      <SelectField label={t("referrals.partner")} options={[{ value: "", label: t("referrals.noPartner") }, ...offered.map((partner) => ({ value: partner.id, label: partner.name }))]} error={errorOf("partnerId")} {...form.register("partnerId")} />
      <TextField label={t("referrals.referredOn")} type="date" error={errorOf("referredOn")} {...form.register("referredOn")} />
      <TextField label={t("referrals.followUpOn")} type="date" error={errorOf("followUpOn")} {...form.register("followUpOn")} />
      <SelectField label={t("referrals.status")} options={(["SUGGESTED", "REFERRED"] as const).map((value) => ({ value, label: t(`referrals.statuses.${value}`) }))} error={errorOf("status")} {...form.register("status")} />
      <SelectField label={t("referrals.accompaniment")} options={ACCOMPANIMENTS.map((value) => ({ value, label: t(`referrals.accompaniments.${value}`) }))} error={errorOf("accompaniment")} {...form.register("accompaniment")} />
      <div className="sm:col-span-2">
        <TextField label={t("referrals.note")} maxLength={500} error={errorOf("note")} {...form.register("note")} />
      </div>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("referrals.create")}</Button>
    </form>
  );
}
