import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { importedHistory } from "@/lib/import/queries";
import { PageTitle } from "@/components/ui/page-title";
import { ParticipantImport } from "@/components/import/participant-import";
import { TallyImport } from "@/components/import/tally-import";
import { importParticipants, importTallies, previewParticipantImport, previewTallyImport } from "./actions";
import { formatLocalDate } from "@/lib/i18n/format-local-date";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("import");
  return { title: t("title") };
}

export default async function PastImportPage() {
  const session = await requirePagePermission("import:run", "settings-import");
  const [t, format, history] = await Promise.all([getTranslations("import"), getFormatter(), importedHistory(session)]);
  const day = (iso: string) => formatLocalDate(format, iso, { dateStyle: "medium" });
  return (
    <>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <p className="mb-4"><Link className="underline" href="/settings">{t("back")}</Link></p>

      <Panel headingId="imported-history" heading={t("history.title")} headingClassName="mb-2 text-xl font-semibold" className="mb-6">
        <p className="mb-2">{t("history.participants", { count: history.participants })}</p>
        {history.years.length === 0 ? (
          <p>{t("history.noTallies")}</p>
        ) : (
          <table className="w-full border-collapse text-left" data-testid="imported-years">
            <thead>
              <tr className="border-b border-stone-400">
                <th scope="col" className="py-1">{t("history.year")}</th>
                <th scope="col" className="py-1 text-right">{t("history.nights")}</th>
                <th scope="col" className="py-1 text-right">{t("tallies.visits")}</th>
                <th scope="col" className="py-1 text-right">{t("tallies.anonymous")}</th>
                <th scope="col" className="py-1 text-right">{t("tallies.newPeople")}</th>
                <th scope="col" className="py-1 text-right">{t("tallies.meals")}</th>
                <th scope="col" className="py-1 pl-4">{t("tallies.date")}</th>
              </tr>
            </thead>
            <tbody>
              {history.years.map((year) => (
                <tr key={year.year} className="border-b border-stone-200">
                  <th scope="row" className="py-1 font-medium">{year.year}</th>
                  <td className="py-1 text-right tabular-nums">{format.number(year.nights)}</td>
                  <td className="py-1 text-right tabular-nums">{format.number(year.visits)}</td>
                  <td className="py-1 text-right tabular-nums">{format.number(year.anonymousVisits)}</td>
                  <td className="py-1 text-right tabular-nums">{format.number(year.newPeople)}</td>
                  <td className="py-1 text-right tabular-nums">{format.number(year.meals)}</td>
                  <td className="py-1 pl-4">{t("history.range", { from: day(year.from), to: day(year.to) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>

      <div className="grid gap-6">
        <Panel headingId="import-participants" heading={t("participants.title")} headingClassName="mb-1 text-xl font-semibold">
          <p className="mb-3 text-stone-700">{t("participants.lead")}</p>
          <ParticipantImport preview={previewParticipantImport} commit={importParticipants} />
        </Panel>
        <Panel headingId="import-tallies" heading={t("tallies.title")} headingClassName="mb-1 text-xl font-semibold">
          <p className="mb-3 text-stone-700">{t("tallies.lead")}</p>
          <TallyImport preview={previewTallyImport} commit={importTallies} />
        </Panel>
      </div>
    </>
  );
}
