"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { enterPaperSheet } from "@/app/(staff)/tonight/paper/actions";
import { PAPER_SHEET_LINES, PAPER_SHEET_MAX_LINES, paperSheetSchema } from "@/lib/nights/paper-sheet-schema";
import { SERVICE_KINDS } from "@/lib/visits/service-kinds";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Recorded = { visits: number; anonymous: number };
type Props = { nightId: string; enter: typeof enterPaperSheet; nightHref: string | null };

const blank = () => ({ code: "", anonymous: false, services: [] as string[], time: "" });
const cell = "border border-stone-300 px-1 py-0.5";

/**
 * The paper sheet's lines typed in as written, one row per line. The sheet goes to the server
 * whole (one submission id per showing of the form); a wrong line keeps everything on screen with
 * its reason beside it, so it is corrected and the same sheet sent again.
 */
export function PaperSheetForm({ nightId, enter, nightHref }: Props) {
  const t = useTranslations();
  const [lines, setLines] = useState(PAPER_SHEET_LINES);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const { form, onSubmit, formError, success, errorOf } = useActionForm({
    schema: paperSheetSchema,
    action: enter,
    idempotent: true,
    resetOnSuccess: true,
    defaultValues: { nightId, lines: Array.from({ length: PAPER_SHEET_LINES }, blank) },
    onSuccess: (data) => {
      setRecorded(data);
      setLines(PAPER_SHEET_LINES);
    },
  });

  return (
    <form
      onSubmit={(event) => {
        setRecorded(null);
        return onSubmit(event);
      }}
      noValidate className="flex flex-col gap-3">
      <input type="hidden" {...form.register("nightId")} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="paper-entry">
          <thead>
            <tr>
              <th scope="col" className={cell}>{t("paperSheet.line")}</th>
              <th scope="col" className={cell}>{t("paperSheet.code")}</th>
              <th scope="col" className={cell}>{t("paperSheet.anonymousFull")}</th>
              {SERVICE_KINDS.map((kind) => (
                <th key={kind} scope="col" className={`${cell} text-xs`} title={t(`enums.service.${kind}`)}>
                  {t(`enums.serviceMark.${kind}`)}
                </th>
              ))}
              <th scope="col" className={cell}>{t("paperSheet.time")}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: lines }, (_, index) => {
              const number = index + 1;
              const lineLabel = t("paperSheet.lineLabel", { number });
              const error = errorOf(`lines.${index}.code`) ?? errorOf(`lines.${index}.time`) ?? errorOf(`lines.${index}.services`);
              return [
                <tr key={index} data-testid={`paper-line-${number}`} aria-invalid={error ? true : undefined} className={error ? "bg-red-50" : undefined}>
                  <td className={`${cell} text-right tabular-nums text-stone-600`}>{number}</td>
                  <td className={cell}>
                    <input
                      aria-label={`${lineLabel} · ${t("paperSheet.code")}`}
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={20}
                      className="min-h-9 w-32 rounded border border-stone-400 px-2 font-mono uppercase"
                      aria-describedby={error ? `paper-error-${index}` : undefined}
                      {...form.register(`lines.${index}.code`)}
                    />
                  </td>
                  <td className={`${cell} text-center`}>
                    <input type="checkbox" aria-label={`${lineLabel} · ${t("paperSheet.anonymousFull")}`} className="size-5" {...form.register(`lines.${index}.anonymous`)} />
                  </td>
                  {SERVICE_KINDS.map((kind) => (
                    <td key={kind} className={`${cell} text-center`}>
                      <input type="checkbox" value={kind} aria-label={`${lineLabel} · ${t(`enums.service.${kind}`)}`} className="size-5" {...form.register(`lines.${index}.services`)} />
                    </td>
                  ))}
                  <td className={cell}>
                    <input type="time" aria-label={`${lineLabel} · ${t("paperSheet.time")}`} className="min-h-9 rounded border border-stone-400 px-1" {...form.register(`lines.${index}.time`)} />
                  </td>
                </tr>,
                error ? (
                  <tr key={`${index}-error`}>
                    <td />
                    <td colSpan={SERVICE_KINDS.length + 3} className="pb-1">
                      <p id={`paper-error-${index}`} role="alert" className="text-sm font-medium text-red-800">
                        {t("paperSheet.lineError", { number, error })}
                      </p>
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      {lines < PAPER_SHEET_MAX_LINES ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => setLines((count) => Math.min(count + 10, PAPER_SHEET_MAX_LINES))}>
            {t("paperSheet.addLines")}
          </Button>
        </div>
      ) : null}
      <FormMessage error={formError} success={success && recorded ? `${success} ${t("paperSheet.recordedCounts", recorded)}` : null} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("paperSheet.submit")}
        </Button>
        {recorded ? (
          <Link href={nightHref ?? "/tonight"} className="text-brand-700 underline">
            {nightHref ? t("paperSheet.backToNight") : t("paperSheet.backToTonight")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
