"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { attendanceSchema } from "@/lib/programs/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { saveAttendance } from "@/app/(staff)/workshops/actions";

type Person = { id: string; code: string; alias: string };
type Props = {
  workshopId: string;
  visitors: Person[];
  attendees: Person[];
  anonymousCount: number;
  feedbackScore: number | null;
  feedbackNote: string | null;
  save: typeof saveAttendance;
};

export function AttendanceForm({ workshopId, visitors, attendees, anonymousCount, feedbackScore, feedbackNote, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  // Everyone who came that night, plus anyone already on the list without a visit that night.
  const people = [...visitors, ...attendees.filter((person) => !visitors.some((visitor) => visitor.id === person.id))];
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: attendanceSchema,
    action: save,
    defaultValues: {
      workshopId,
      participantIds: attendees.map((person) => person.id),
      extraCodes: "",
      anonymousCount: String(anonymousCount),
      feedbackScore: feedbackScore === null ? "" : String(feedbackScore),
      feedbackNote: feedbackNote ?? "",
    },
    onSuccess: () => {
      form.setValue("extraCodes", "");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t("workshops.attendance")}</legend>
        <p className="text-sm text-stone-700">{t("workshops.attendanceLead")}</p>
        {people.length === 0 ? <p className="text-stone-700">{t("workshops.noVisitors")}</p> : null}
        <div className="grid gap-1 sm:grid-cols-2">
          {people.map((person) => (
            <label key={person.id} className="flex min-h-11 items-center gap-2 rounded-md border border-stone-200 px-3">
              <input type="checkbox" value={person.id} className="size-5 shrink-0" {...form.register("participantIds")} />
              {person.alias} <span className="font-mono text-sm text-stone-600">{person.code}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("workshops.extraCodes")} maxLength={200} autoComplete="off" error={errorOf("extraCodes")} {...form.register("extraCodes")} />
        <TextField label={t("workshops.anonymousCount")} inputMode="numeric" error={errorOf("anonymousCount")} {...form.register("anonymousCount")} />
        <TextField label={t("workshops.feedbackScore")} inputMode="numeric" error={errorOf("feedbackScore")} {...form.register("feedbackScore")} />
        <TextField label={t("workshops.feedbackNote")} maxLength={500} error={errorOf("feedbackNote")} {...form.register("feedbackNote")} />
      </div>
      <FormMessage error={formError} success={success} />
      <Button type="submit" className="self-start" disabled={form.formState.isSubmitting}>{t("workshops.saveAttendance")}</Button>
    </form>
  );
}
