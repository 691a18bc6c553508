"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/costs/commands";
import type { ColumnMapping } from "@/lib/costs/expense-csv";
import { DATE_FORMATS, EXPENSE_CATEGORIES } from "@/lib/costs/categories";
import { formatCents } from "@/lib/costs/money";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { importExpenses, previewExpenseImport } from "@/app/(staff)/costs/actions";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

type Props = {
  locale: "fr" | "en";
  preview: typeof previewExpenseImport;
  commit: typeof importExpenses;
};

/** Bytes to base64 in slices, so a large file does not overflow the argument list. */
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

const COLUMN_FIELDS = ["date", "amount", "category", "description"] as const;

export function ImportWizard({ locale, preview, commit }: Props) {
  const t = useTranslations("costs.import");
  const tr = useTranslations();
  const router = useRouter();
  const [file, setFile] = useState<{ fileName: string; content: string } | null>(null);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const check = (next: { fileName: string; content: string }, withMapping?: ColumnMapping) =>
    startTransition(async () => {
      setError(null);
      setSuccess(null);
      const answer = await preview({ ...next, mapping: withMapping });
      if (!answer.ok) {
        setResult(null);
        setError(answer.error);
        return;
      }
      setResult(answer.data);
      setMapping(answer.data.mapping);
    });

  const columnOptions = (result?.header ?? []).map((name, index) => ({ value: String(index), label: `${index + 1}. ${name}` }));
  const money = (cents: number) => formatCents(cents, locale);

  return (
    <div className="grid gap-6">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem("csv") as HTMLInputElement;
          const chosen = input.files?.[0];
          if (!chosen) return;
          const next = { fileName: chosen.name, content: toBase64(await chosen.arrayBuffer()) };
          setFile(next);
          check(next);
        }}
      >
        <label className="flex flex-col gap-1 font-medium">
          {t("file")}
          <input name="csv" type="file" accept=".csv,text/csv" required className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2" />
        </label>
        <Button type="submit" disabled={pending}>{t("read")}</Button>
      </form>

      <FormMessage error={error} success={success} />

      {result && mapping && file ? (
        <>
          <Panel headingId="columns-heading" heading={t("columns")} headingClassName="mb-3 text-xl font-semibold">
            <div className="grid gap-3 sm:grid-cols-2">
              {COLUMN_FIELDS.map((field) => (
                <label key={field} className="flex flex-col gap-1 font-medium">
                  {t(`${field}Column`)}
                  <select
                    value={String(mapping[field])}
                    onChange={(event) => setMapping({ ...mapping, [field]: Number(event.target.value) })}
                    className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
                  >
                    {columnOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                </label>
              ))}
              <label className="flex flex-col gap-1 font-medium">
                {t("funderColumn")}
                <select
                  value={mapping.funder === null ? "" : String(mapping.funder)}
                  onChange={(event) => setMapping({ ...mapping, funder: event.target.value === "" ? null : Number(event.target.value) })}
                  className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
                >
                  <option value="">{t("noColumn")}</option>
                  {columnOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                </select>
              </label>
              <label className="flex flex-col gap-1 font-medium">
                {t("dateFormat")}
                <select
                  value={mapping.dateFormat}
                  onChange={(event) => setMapping({ ...mapping, dateFormat: event.target.value as ColumnMapping["dateFormat"] })}
                  className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
                >
                  {DATE_FORMATS.map((format) => <option key={format} value={format}>{t(`dateFormats.${format}`)}</option>)}
                </select>
              </label>
            </div>
            <h3 className="mt-4 mb-2 font-semibold">{t("categories")}</h3>
            <div className="grid gap-3 sm:grid-cols-2">
              {result.categoryValues.map((value, index) => (
                <label key={value} className="flex flex-col gap-1">
                  <span className="font-medium">« {value || "—"} »</span>
                  <select
                    id={`category-value-${index}`}
                    value={mapping.categories[value] ?? "OTHER"}
                    onChange={(event) => setMapping({ ...mapping, categories: { ...mapping.categories, [value]: event.target.value as ColumnMapping["categories"][string] } })}
                    className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
                  >
                    {EXPENSE_CATEGORIES.map((category) => <option key={category} value={category}>{tr(`enums.expenseCategory.${category}`)}</option>)}
                    <option value="SKIP">{t("skip")}</option>
                  </select>
                </label>
              ))}
            </div>
            <Button type="button" variant="secondary" className="mt-4" disabled={pending} onClick={() => check(file, mapping)}>{t("refresh")}</Button>
          </Panel>

          <Panel headingId="preview-heading" heading={t("preview")} headingClassName="mb-3 text-xl font-semibold">
            <p className="mb-3">{t("previewSummary", { count: result.rowCount - result.problems.length - result.skipped, amount: money(result.totalCents), skipped: result.skipped })}</p>
            {result.problems.length > 0 ? (
              <div role="alert" className="mb-4">
                <p className="mb-2 font-semibold text-red-800">{t("problems", { count: new Set(result.problems.map((problem) => problem.line)).size })}</p>
                <Table
                  label={t("problems", { count: new Set(result.problems.map((problem) => problem.line)).size })}
                  variant="compact"
                  columns={[{ header: t("line"), className: "pr-4" }, { header: t("column"), className: "pr-4" }, { header: t("problem") }]}
                >
                  {result.problems.slice(0, 50).map((problem, index) => (
                    <tr key={index}>
                      <td className="pr-4 tabular-nums">{problem.line}</td>
                      <td className="pr-4">{problem.column}</td>
                      <td>{t(`rowProblems.${problem.detail ?? problem.problem}`)}</td>
                    </tr>
                  ))}
                </Table>
              </div>
            ) : null}
            {result.sample.length > 0 ? (
              <Table
                labelledBy="preview-heading"
                variant="compact"
                className="mb-4"
                columns={[
                  { header: t("line") },
                  { header: t("dateColumn") },
                  { header: t("categoryColumn") },
                  { header: t("descriptionColumn") },
                  { header: t("amountColumn"), numeric: true },
                ]}
              >
                {result.sample.map((row) => (
                  <tr key={row.line}>
                    <td className="tabular-nums">{row.line}</td>
                    <td>{row.spentOn}</td>
                    <td>{tr(`enums.expenseCategory.${row.category}`)}</td>
                    <td>{row.description}</td>
                    <Cell numeric>{money(row.amountCents)}</Cell>
                  </tr>
                ))}
              </Table>
            ) : null}
            <Button
              type="button"
              disabled={pending || result.problems.length > 0}
              onClick={() =>
                startTransition(async () => {
                  setError(null);
                  const answer = await commit({ ...file, mapping });
                  if (!answer.ok) {
                    setError(answer.error);
                    return;
                  }
                  setSuccess(answer.message ?? null);
                  setResult(null);
                  router.push("/costs");
                })
              }
            >
              {t("import", { count: result.rowCount - result.problems.length - result.skipped })}
            </Button>
          </Panel>
        </>
      ) : null}
    </div>
  );
}
