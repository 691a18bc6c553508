import { getTranslations } from "next-intl/server";

/** A plain GET form: the year is in the address, so a page can be bookmarked or printed. */
export async function FiscalYearPicker({ action, year, years, label }: { action: string; year: number; years: { year: number; label: string }[]; label?: string }) {
  const t = await getTranslations("costs");
  return (
    <form action={action} method="get" className="mb-4 flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 font-medium">
        {label ?? t("year")}
        <select name="year" defaultValue={String(year)} className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2">
          {years.map((option) => (
            <option key={option.year} value={option.year}>{option.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-4">{t("show")}</button>
    </form>
  );
}
