"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { TEST_RESULTS } from "@/lib/clinic/schemas";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { giveResult } from "@/app/(staff)/clinic/actions";

type Props = { testId: string; label: string; recordsResults: boolean; give: typeof giveResult };

/** A lab result given back at a later clinic night. */
export function GiveResultForm({ testId, label, recordsResults, give }: Props) {
  const t = useTranslations();
  const [result, setResult] = useState("");
  const { call, pending, error } = useActionCall<{ testId: string }>();
  return (
    <div className="flex flex-wrap items-center gap-2">
      {recordsResults ? (
        <span className="flex items-center gap-2">
          <label htmlFor={`give-result-${testId}`}>{t("clinic.encounter.result")}</label>
          <select id={`give-result-${testId}`} value={result} onChange={(event) => setResult(event.target.value)} className="min-h-11 rounded-md border border-stone-400 bg-white px-2">
            <option value="">{t("clinic.encounter.resultNotRecorded")}</option>
            {TEST_RESULTS.map((value) => <option key={value} value={value}>{t(`clinic.results.${value}`)}</option>)}
          </select>
        </span>
      ) : null}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-label={t("clinic.giveResultFor", { test: label })}
        onClick={() => call(() => give({ testId, result }))}
      >
        {t("clinic.giveResult")}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
