"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { newParticipantSchema } from "@/lib/participants/schemas";
import type { TonightAnswer } from "@/lib/visits/tonight-state";
import type { registerAndCheckIn } from "@/app/(staff)/tonight/actions";
import type { createParticipant } from "@/app/(staff)/participants/actions";
import type { PossibleMatch } from "@/lib/participants/queries";
import { formatCode } from "@/lib/participants/code-format";
import { useActionForm } from "@/components/forms/use-action-form";
import { IntakeFields } from "@/components/participants/intake-fields";
import { OptionalParticipantFields } from "@/components/participants/participant-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

export type QuickIntakeProps = {
  nightId: string | null;
  initialAlias: string;
  /** `answer`: tonight's list after the check-in, when the action answers with it. */
  register: typeof registerAndCheckIn | typeof createParticipant;
  onDone: (message: string, code: string, participantId: string, answer?: TonightAnswer) => void;
  onAnonymous?: () => void;
  onPickExisting?: (match: PossibleMatch) => void;
  onCancel?: () => void;
};

/** Intake at the door. It first shows people with a similar alias, so nobody gets two records. */
export function QuickIntake({ nightId, initialAlias, register, onDone, onAnonymous, onPickExisting, onCancel }: QuickIntakeProps) {
  const t = useTranslations();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: newParticipantSchema,
    action: register,
    idempotent: true,
    defaultValues: {
      alias: initialAlias,
      checkInNightId: nightId ?? "",
      intake: { consentScope: "NEEDS", immediateNeeds: [], longTermNeeds: [], housing: "", note: "" },
    },
    onSuccess: (data) => onDone(`${t("participants.created")} ${t("participants.codeToRemember")} : ${formatCode(data.code)}`, data.code, data.participantId, "answer" in data ? data.answer : undefined),
  });
  const alias = form.watch("alias");
  const [found, setMatches] = useState<PossibleMatch[]>([]);
  const matches = String(alias ?? "").trim().length >= 2 ? found : [];

  useEffect(() => {
    const text = String(alias ?? "").trim();
    if (text.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/participants/matches?${new URLSearchParams({ alias: text })}`, { signal: controller.signal }).catch(() => null);
      const body = response?.ok ? ((await response.json()) as PossibleMatch[]) : [];
      setMatches(body);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [alias]);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="quick-intake-heading" className="mt-4 flex flex-col gap-4 rounded-lg border-2 border-brand-600 bg-white p-4">
      <h3 id="quick-intake-heading" className="text-lg font-semibold">
        {t("participants.newTitle")}
      </h3>
      <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-800">{t("participants.privacyNotice")}</p>
      <TextField label={t("participants.alias")} hint={t("participants.aliasHint")} autoFocus autoComplete="off" maxLength={40} error={errorOf("alias")} {...form.register("alias")} />
      {matches.length > 0 ? (
        <div aria-live="polite" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="mb-2 font-medium">{t("participants.possibleMatches")}</p>
          <ul className="flex flex-col gap-1">
            {matches.map((match) => (
              <li key={match.id} className="flex items-center justify-between gap-2">
                <span>
                  {match.alias} <span className="font-mono text-sm">{formatCode(match.code)}</span>
                  {match.lastVisitDate ? <span className="text-sm text-stone-700"> · {t("tonight.lastVisit", { date: match.lastVisitDate })}</span> : null}
                </span>
                {onPickExisting ? (
                  <Button type="button" variant="secondary" onClick={() => onPickExisting(match)}>
                    {t("participants.useThisPerson")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <IntakeFields form={form as unknown as UseFormReturn} prefix="intake." errorOf={errorOf} />
      <details className="rounded-md border border-stone-200 p-3">
        <summary className="cursor-pointer font-medium">{t("participants.optionalFields")}</summary>
        <div className="mt-3">
          <OptionalParticipantFields form={form as unknown as UseFormReturn} errorOf={errorOf} />
        </div>
      </details>
      <FormMessage error={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {nightId ? t("participants.createAndCheckIn") : t("participants.create")}
        </Button>
        {onAnonymous ? (
          <Button type="button" variant="secondary" onClick={onAnonymous} title={t("participants.refusesRecordHint")}>
            {t("participants.refusesRecord")}
          </Button>
        ) : null}
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
