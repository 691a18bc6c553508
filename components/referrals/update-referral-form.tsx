"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ACCOMPANIMENTS, EMPLOYMENT_OUTCOMES, NEXT_STATUSES, updateReferralSchema, type ReferralStatus } from "@/lib/referrals/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { updateMedicalReferral } from "@/app/(staff)/clinic/actions";
import type { updateReferral } from "@/app/(staff)/participants/referral-actions";
import type { Accompaniment, EmploymentOutcome } from "@/lib/generated/prisma/enums";

type Props = {
  referral: { id: string; domain: string; status: ReferralStatus; followUpOn: string | null; accompaniment: Accompaniment; employmentOutcome: EmploymentOutcome | null; note: string | null };
  update: typeof updateMedicalReferral | typeof updateReferral;
};

/** Only the statuses the workflow allows from here are offered. */
export function UpdateReferralForm({ referral, update }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: updateReferralSchema,
    action: update,
    defaultValues: {
      referralId: referral.id,
      status: referral.status,
      followUpOn: referral.followUpOn ?? "",
      accompaniment: referral.accompaniment,
      employmentOutcome: referral.employmentOutcome ?? "",
      note: referral.note ?? "",
    },
    onSuccess: () => router.refresh(),
  });
  const id = (name: string) => `${name}-${referral.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-3 sm:grid-cols-2">
      <SelectField id={id("status")} label={t("referrals.status")} options={NEXT_STATUSES[referral.status].map((value) => ({ value, label: t(`referrals.statuses.${value}`) }))} error={errorOf("status")} {...form.register("status")} />
      <TextField id={id("followUpOn")} label={t("referrals.followUpOn")} type="date" error={errorOf("followUpOn")} {...form.register("followUpOn")} />
      <SelectField id={id("accompaniment")} label={t("referrals.accompaniment")} options={ACCOMPANIMENTS.map((value) => ({ value, label: t(`referrals.accompaniments.${value}`) }))} error={errorOf("accompaniment")} {...form.register("accompaniment")} />
      {referral.domain === "EMPLOYMENT_OR_EXIT" ? (
        <SelectField id={id("employmentOutcome")} label={t("referrals.employmentOutcome")} options={[{ value: "", label: "—" }, ...EMPLOYMENT_OUTCOMES.map((value) => ({ value, label: t(`referrals.outcomes.${value}`) }))]} error={errorOf("employmentOutcome")} {...form.register("employmentOutcome")} />
      ) : null}
      <div className="sm:col-span-2">
        <TextField id={id("note")} label={t("referrals.note")} maxLength={500} error={errorOf("note")} {...form.register("note")} />
      </div>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("referrals.save")}</Button>
    </form>
  );
}
