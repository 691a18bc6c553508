"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SUGGESTION_STATUSES, committeeMeetingSchema, suggestionSchema } from "@/lib/programs/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createMeeting, updateSuggestion } from "@/app/(staff)/volunteers/actions";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";

const area = "min-h-24 rounded-md border border-stone-400 bg-white px-3 py-2 text-base";

export function MeetingForm({ today, save }: { today: string; save: typeof createMeeting }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: committeeMeetingSchema,
    action: save,
    defaultValues: { heldOn: today, attendees: "0", note: "", suggestions: "" },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <TextField label={t("volunteers.heldOn")} type="date" error={errorOf("heldOn")} {...form.register("heldOn")} />
      <TextField label={t("volunteers.attendees")} inputMode="numeric" error={errorOf("attendees")} {...form.register("attendees")} />
      {(["note", "suggestions"] as const).map((name) => (
        <div key={name} className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor={`field-${name}`} className="font-medium">{t(name === "note" ? "volunteers.meetingNote" : "volunteers.suggestions")}</label>
          <textarea id={`field-${name}`} className={area} aria-invalid={errorOf(name) ? true : undefined} {...form.register(name)} />
          {errorOf(name) ? <p role="alert" className="text-sm font-medium text-red-800">{errorOf(name)}</p> : null}
        </div>
      ))}
      <div className="sm:col-span-2"><FormMessage error={formError} success={success} /></div>
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("volunteers.recordMeeting")}</Button>
    </form>
  );
}

export function SuggestionForm({ suggestion, save }: { suggestion: { id: string; status: SuggestionStatus; outcome: string | null }; save: typeof updateSuggestion }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: suggestionSchema,
    action: save,
    defaultValues: { suggestionId: suggestion.id, status: suggestion.status, outcome: suggestion.outcome ?? "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
      <SelectField id={`status-${suggestion.id}`} label={t("volunteers.status")} options={SUGGESTION_STATUSES.map((value) => ({ value, label: t(`programs.suggestionStatuses.${value}`) }))} error={errorOf("status")} {...form.register("status")} />
      <TextField id={`outcome-${suggestion.id}`} label={t("volunteers.outcome")} maxLength={300} error={errorOf("outcome")} {...form.register("outcome")} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("volunteers.saveSuggestion")}</Button>
      <div className="sm:col-span-3"><FormMessage error={formError} success={success} /></div>
    </form>
  );
}
