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
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

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
  const day = (iso: string | null) => (iso ? formatLocalDate(format, iso, { dateStyle: "medium" }) : "—");
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
        <Panel headingId="tallies-preview" heading={t("preview")} headingLevel={3}>
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
            <Table
              labelledBy="tallies-preview"
              variant="compact"
              className="mb-4"
              columns={[
                { header: t("line") },
                { header: t("tallies.date") },
                { header: t("tallies.visits"), numeric: true },
                { header: t("tallies.anonymous"), numeric: true },
                { header: t("tallies.newPeople"), numeric: true },
                { header: t("tallies.meals"), numeric: true },
              ]}
            >
              {result.sample.map((row) => (
                <tr key={row.line}>
                  <td className="tabular-nums">{row.line}</td>
                  <td>{day(row.date)}</td>
                  <Cell numeric>{row.visits}</Cell>
                  <Cell numeric>{row.anonymousVisits}</Cell>
                  <Cell numeric>{row.newPeople}</Cell>
                  <Cell numeric>{row.meals}</Cell>
                </tr>
              ))}
            </Table>
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
        </Panel>
      ) : null}
    </div>
  );
}
