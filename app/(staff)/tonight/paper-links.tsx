import { getTranslations } from "next-intl/server";

/**
 * For when the desk falls back to paper: the blank sheet to print (ahead of time: once the server
 * cannot be reached, nothing can be printed from it), and the screen to type a sheet in after.
 * `nightId` names the night the sheet is for; without it, tonight's. Plain links, not next/link:
 * leaving /tonight then loads a page, so the browser's "leave?" question guards a press not yet
 * saved (tonight-board.tsx), and the desk's bundle carries no Link code for two links.
 */
export async function PaperLinks({ nightId }: { nightId?: string }) {
  const t = await getTranslations("paperSheet");
  const query = nightId ? `?night=${nightId}` : "";
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
      <a href={`/tonight/sheet${query}`} className="text-brand-700 underline">
        {t("linkPrint")}
      </a>
      {nightId ? (
        <a href={`/tonight/paper${query}`} className="text-brand-700 underline">
          {t("linkEnter")}
        </a>
      ) : null}
    </p>
  );
}
