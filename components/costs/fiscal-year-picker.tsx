import { getTranslations } from "next-intl/server";

/**
 * A plain GET form: the year is in the address, so a page can be bookmarked or printed. Offers
 * next fiscal year (budgets are set ahead) and the five before `current`.
 */
export async function FiscalYearPicker({ action, year, current }: { action: string; year: number; current: number }) {
  const t = await getTranslations("costs");
  const years = Array.from({ length: 6 }, (_, index) => current + 1 - index);
  return (
    <form action={action} method="get" className="mb-4 flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 font-medium">
        {t("year")}
        <select name="year" defaultValue={String(year)} className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2">
          {years.map((option) => (
            <option key={option} value={option}>{t("fiscalYearLabel", { start: String(option), end: String(option + 1) })}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-md border border-stone-400 bg-white px-4">{t("show")}</button>
    </form>
  );
}
