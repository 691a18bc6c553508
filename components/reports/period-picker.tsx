import { getTranslations } from "next-intl/server";
import { PERIOD_KINDS, type Period } from "@/lib/reports/periods";

/** A GET form: the period lives in the address, so a report can be bookmarked and printed. */
export async function PeriodPicker({ action, period, years }: { action: string; period: Period; years: number[] }) {
  const t = await getTranslations("reports");
  return (
    <form action={action} method="get" className="mb-4 flex flex-wrap items-end gap-3 print:hidden">
      <label className="flex flex-col gap-1 font-medium">
        {t("kind")}
        <select name="kind" defaultValue={period.kind} className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2">
          {PERIOD_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 font-medium">
        {t("year")}
        <select name="year" defaultValue={String(period.year)} className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2">
          {years.map((year) => <option key={year} value={year}>{year}</option>)}
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-4">{t("show")}</button>
    </form>
  );
}
