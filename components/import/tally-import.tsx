"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { TallyPreview } from "@/lib/import/commands";
import { DATE_FORMATS, type DateFormat } from "@/lib/costs/categories";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { FilePicker, type PickedFile } from "@/components/import/file-picker";
import { RefusedRows } from "@/components/import/refused-rows";
import type { importTallies, previewTallyImport } from "@/app/(staff)/settings/import/actions";

type Props = {
  preview: typeof previewTallyImport;
  commit: typeof importTallies;
};

/** Upload, preview (every night checked, the file's totals), then import the whole file. */
export function TallyImport({ preview, commit }: Props) {
  const t = useTranslations("import");
  const format = useFormatter();
  const router = useRouter();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat | "">("");
  const [result, setResult] = useState<TallyPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—");
  const input = (next: PickedFile, chosen: DateFormat | "") => ({ ...next, ...(chosen ? { dateFormat: chosen } : {}) });

  const check = (next: PickedFile, chosen: DateFormat | "") =>
    startTransition(async () => {
      setFile(next);
      setError(null);
      setSuccess(null);
      const answer = await preview(input(next, chosen));
      setResult(answer.ok ? answer.data : null);
      if (!answer.ok) setError(answer.error);
      else setDateFormat(answer.data.dateFormat);
    });

  return (
    <div className="grid gap-4" data-testid="tally-import">
      <FilePicker id="tallies-file" pending={pending} onFile={(next) => check(next, dateFormat)}>
        <label className="flex flex-col gap-1 font-medium" htmlFor="tallies-date-format">
          {t("dateFormat")}
          <select
            id="tallies-date-format"
            value={dateFormat}
            onChange={(event) => {
              const chosen = event.target.value as DateFormat | "";
              setDateFormat(chosen);
              if (file) check(file, chosen);
            }}
            className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
          >
            <option value="">—</option>
            {DATE_FORMATS.map((value) => <option key={value} value={value}>{t(`dateFormats.${value}`)}</option>)}
          </select>
        </label>
      </FilePicker>
      <FormMessage error={error} success={success} />
      {result && file ? (
        <section aria-labelledby="tallies-preview" className="rounded-lg border border-stone-300 bg-white p-4">
          <h3 id="tallies-preview" className="mb-2 text-lg font-semibold">{t("preview")}</h3>
          <p className="mb-3">
            {t("tallies.summary", {
              ready: result.ready,
              rows: result.rowCount,
              from: day(result.from),
              to: day(result.to),
              visits: format.number(result.totals.visits),
              anonymous: format.number(result.totals.anonymousVisits),
              newPeople: format.number(result.totals.newPeople),
              meals: format.number(result.totals.meals),
            })}
          </p>
          <RefusedRows problems={result.problems} />
          {result.sample.length > 0 ? (
            <table className="mb-4 w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-stone-400">
                  <th scope="col" className="py-1">{t("line")}</th>
                  <th scope="col" className="py-1">{t("tallies.date")}</th>
                  <th scope="col" className="py-1 text-right">{t("tallies.visits")}</th>
                  <th scope="col" className="py-1 text-right">{t("tallies.anonymous")}</th>
                  <th scope="col" className="py-1 text-right">{t("tallies.newPeople")}</th>
                  <th scope="col" className="py-1 text-right">{t("tallies.meals")}</th>
                </tr>
              </thead>
              <tbody>
                {result.sample.map((row) => (
                  <tr key={row.line} className="border-b border-stone-200">
                    <td className="py-1 tabular-nums">{row.line}</td>
                    <td className="py-1">{day(row.date)}</td>
                    <td className="py-1 text-right tabular-nums">{row.visits}</td>
                    <td className="py-1 text-right tabular-nums">{row.anonymousVisits}</td>
                    <td className="py-1 text-right tabular-nums">{row.newPeople}</td>
                    <td className="py-1 text-right tabular-nums">{row.meals}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Button
            type="button"
            disabled={pending || result.problems.length > 0 || result.ready === 0}
            onClick={() =>
              startTransition(async () => {
                setError(null);
                const answer = await commit(input(file, dateFormat));
                if (!answer.ok) {
                  setError(answer.error);
                  return;
                }
                setSuccess(answer.message ?? null);
                setResult(null);
                router.refresh();
              })
            }
          >
            {t("tallies.import", { count: result.ready })}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
