"use client";

import type { InputHTMLAttributes } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  TRAINING_KINDS,
  VOLUNTEER_ACTIVITIES,
  VOLUNTEER_TIERS,
  linkAccountSchema,
  newVolunteerSchema,
  ownShiftSchema,
  setVolunteerActiveSchema,
  shiftSchema,
  tierChangeSchema,
  trainingSchema,
} from "@/lib/programs/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { addTraining, changeTier, createVolunteer, linkAccount, recordShift, setVolunteerActive } from "@/app/(staff)/volunteers/actions";
import type { recordOwnShift } from "@/app/(staff)/my-shifts/actions";
import type { VolunteerTier } from "@/lib/generated/prisma/enums";


function Checkbox({ id, label, error, ...input }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-200 px-3">
        <input id={id} type="checkbox" className="size-5 shrink-0" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...input} />
        {label}
      </label>
      {error ? <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">{error}</p> : null}
    </div>
  );
}

export function NewVolunteerForm({ today, create }: { today: string; create: typeof createVolunteer }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: newVolunteerSchema,
    action: create,
    defaultValues: { participantCode: "", consent: false, consentOn: today, tier: "PEER_VOLUNTEER" },
    onSuccess: (data) => router.push(`/volunteers/${data.volunteerId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      <TextField label={t("volunteers.participantCode")} autoComplete="off" maxLength={12} error={errorOf("participantCode")} {...form.register("participantCode")} />
      <TextField label={t("volunteers.consentOn")} type="date" error={errorOf("consentOn")} {...form.register("consentOn")} />
      <SelectField label={t("volunteers.tier")} options={VOLUNTEER_TIERS.map((value) => ({ value, label: t(`programs.tiers.${value}`) }))} error={errorOf("tier")} {...form.register("tier")} />
      <div className="sm:col-span-3">
        <Checkbox id="field-consent" label={t("volunteers.consent")} error={errorOf("consent")} {...form.register("consent")} />
      </div>
      <div className="sm:col-span-3"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("volunteers.create")}</Button>
    </form>
  );
}

export function TierChangeForm({ volunteerId, tier, today, save }: { volunteerId: string; tier: VolunteerTier; today: string; save: typeof changeTier }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: tierChangeSchema,
    action: save,
    defaultValues: { volunteerId, tier: VOLUNTEER_TIERS.find((value) => value !== tier) ?? tier, changedOn: today, note: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <SelectField id="tier-tier" label={t("volunteers.tier")} options={VOLUNTEER_TIERS.map((value) => ({ value, label: t(`programs.tiers.${value}`) }))} error={errorOf("tier")} {...form.register("tier")} />
      <TextField id="tier-changedOn" label={t("volunteers.changedOn")} type="date" error={errorOf("changedOn")} {...form.register("changedOn")} />
      <div className="sm:col-span-2">
        <TextField id="tier-note" label={t("volunteers.note")} maxLength={300} error={errorOf("note")} {...form.register("note")} />
      </div>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("volunteers.changeTier")}</Button>
    </form>
  );
}

export function TrainingForm({ volunteerId, today, save }: { volunteerId: string; today: string; save: typeof addTraining }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: trainingSchema,
    action: save,
    defaultValues: { volunteerId, kind: "NALOXONE", label: "", takenOn: today, expiresOn: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <SelectField id="training-kind" label={t("volunteers.trainingKind")} options={TRAINING_KINDS.map((value) => ({ value, label: t(`programs.trainings.${value}`) }))} error={errorOf("kind")} {...form.register("kind")} />
      <TextField id="training-label" label={t("volunteers.trainingLabel")} maxLength={120} error={errorOf("label")} {...form.register("label")} />
      <TextField id="training-takenOn" label={t("volunteers.takenOn")} type="date" error={errorOf("takenOn")} {...form.register("takenOn")} />
      <TextField id="training-expiresOn" label={t("volunteers.expiresOn")} type="date" error={errorOf("expiresOn")} {...form.register("expiresOn")} />
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("volunteers.addTraining")}</Button>
    </form>
  );
}

/** A shift recorded by staff (with the honorarium), or by a peer for themselves (`volunteerId` null). */
export function ShiftForm({ volunteerId, today, save }: { volunteerId: string | null; today: string; save: typeof recordShift | typeof recordOwnShift }) {
  const t = useTranslations();
  const router = useRouter();
  const own = volunteerId === null;
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: own ? ownShiftSchema : shiftSchema,
    action: save,
    idempotent: true,
    defaultValues: (own
      ? { date: today, activity: "MEAL_PREPARATION", hours: "", note: "" }
      : { volunteerId, date: today, activity: "MEAL_PREPARATION", hours: "", honorarium: "0", note: "" }),
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <TextField id="shift-date" label={t("volunteers.date")} type="date" error={errorOf("date")} {...form.register("date")} />
      <SelectField id="shift-activity" label={t("volunteers.activity")} options={VOLUNTEER_ACTIVITIES.map((value) => ({ value, label: t(`programs.activities.${value}`) }))} error={errorOf("activity")} {...form.register("activity")} />
      <TextField id="shift-hours" label={t("volunteers.hoursField")} inputMode="decimal" error={errorOf("hours")} {...form.register("hours")} />
      {own ? null : <TextField id="shift-honorarium" label={t("volunteers.honorarium")} inputMode="decimal" error={errorOf("honorarium")} {...form.register("honorarium")} />}
      <div className="sm:col-span-2">
        <TextField id="shift-note" label={t("volunteers.note")} maxLength={300} error={errorOf("note")} {...form.register("note")} />
      </div>
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("volunteers.recordShift")}</Button>
    </form>
  );
}

export function LinkAccountForm({ volunteerId, accountId, accounts, save }: { volunteerId: string; accountId: string | null; accounts: { id: string; displayName: string; username: string }[]; save: typeof linkAccount }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: linkAccountSchema,
    action: save,
    defaultValues: { volunteerId, userId: accountId ?? "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <SelectField
        id="link-userId"
        label={t("volunteers.linkAccount")}
        options={[{ value: "", label: t("volunteers.noAccount") }, ...accounts.map((account) => ({ value: account.id, label: `${account.displayName} (${account.username})` }))]}
        error={errorOf("userId")}
        {...form.register("userId")}
      />
      <FormMessage error={formError} success={success} />
      <Button type="submit" variant="secondary" className="self-start" disabled={form.formState.isSubmitting}>{t("volunteers.saveAccount")}</Button>
    </form>
  );
}

export function ActiveForm({ volunteerId, active, save }: { volunteerId: string; active: boolean; save: typeof setVolunteerActive }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: setVolunteerActiveSchema,
    action: save,
    defaultValues: { volunteerId, active },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Checkbox id="field-active" label={t("volunteers.active")} error={errorOf("active")} {...form.register("active")} />
      <FormMessage error={formError} success={success} />
      <Button type="submit" variant="secondary" className="self-start" disabled={form.formState.isSubmitting}>{t("volunteers.save")}</Button>
    </form>
  );
}
