import { createTranslator } from "next-intl";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { alertSheet } from "@/lib/violence/reports";
import { alertSheetSchema } from "@/lib/violence/schemas";
import { addDays } from "@/lib/nights/local-date";
import { centreToday } from "@/lib/nights/today";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

export const metadata = { title: "Alerte · Alert" };

// Posted at the drop-in, so bilingual whatever the staff member's language, and it never says
// who reported anything: the query does not even select the reporter.
export default async function AlertSheetPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const session = await requirePagePermission("violence:alert-sheet", "violence.alert-sheet");
  const raw = await searchParams;
  const today = centreToday();
  const parsed = alertSheetSchema.safeParse({ from: raw.from, to: raw.to });
  const range = parsed.success ? parsed.data : { from: addDays(today, -30), to: today };
  const rows = await alertSheet(session, range);
  const tf = createTranslator({ locale: "fr", messages: fr });
  const te = createTranslator({ locale: "en", messages: en });
  const both = (key: Parameters<typeof tf>[0], values?: Record<string, string>) => `${tf(key, values)} · ${te(key, values)}`;

  return (
    <article className="mx-auto max-w-3xl bg-white p-6 print:p-0">
      <form className="no-print mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span>{both("violence.from")}</span>
          <input type="date" name="from" defaultValue={range.from} className="min-h-11 rounded-md border border-stone-400 px-2" />
        </label>
        <label className="flex flex-col gap-1">
          <span>{both("violence.to")}</span>
          <input type="date" name="to" defaultValue={range.to} className="min-h-11 rounded-md border border-stone-400 px-2" />
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-stone-400 px-4">{both("violence.show")}</button>
      </form>
      <h1 className="text-2xl font-bold">{tf("violence.sheetTitle")}</h1>
      <p className="mb-4">{tf("violence.sheetLead")}</p>
      <p className="mb-4 text-sm">{range.from} → {range.to}</p>
      {rows.length === 0 ? <p>{both("violence.none")}</p> : (
        <ul className="flex flex-col gap-3" data-testid="alert-sheet">
          {rows.map((row) => (
            <li key={row.id} className="break-inside-avoid border-b border-stone-300 pb-3">
              <p className="font-semibold">
                {row.occurredOn}{row.timeFrom ? ` ${row.timeFrom}–${row.timeTo ?? ""}` : ""} · {row.area}
                {row.repeat ? ` · ${both("violence.repeat")}` : ""}
              </p>
              <p>{row.types.map((type) => both(`enums.violenceType.${type}`)).join(" / ")}</p>
              {row.aggressorDescription ? <p className="whitespace-pre-wrap">{row.aggressorDescription}</p> : null}
              {row.vehicleDescription ? <p>{row.vehicleDescription}</p> : null}
              {row.plateHint || row.phoneHint ? (
                <p className="text-sm">
                  {[row.plateHint ? both("violence.plateHint", { hint: row.plateHint }) : null, row.phoneHint ? both("violence.phoneHint", { hint: row.phoneHint }) : null].filter(Boolean).join(" · ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
