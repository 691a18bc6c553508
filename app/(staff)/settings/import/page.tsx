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
import { Cell, Table } from "@/components/ui/table";

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
          <Table
            labelledBy="imported-history"
            variant="plain"
            data-testid="imported-years"
            columns={[
              { header: t("history.year") },
              { header: t("history.nights"), numeric: true },
              { header: t("tallies.visits"), numeric: true },
              { header: t("tallies.anonymous"), numeric: true },
              { header: t("tallies.newPeople"), numeric: true },
              { header: t("tallies.meals"), numeric: true },
              { header: t("tallies.date"), className: "pl-4" },
            ]}
          >
            {history.years.map((year) => (
              <tr key={year.year}>
                <Cell rowHeader className="font-medium">{year.year}</Cell>
                <Cell numeric>{format.number(year.nights)}</Cell>
                <Cell numeric>{format.number(year.visits)}</Cell>
                <Cell numeric>{format.number(year.anonymousVisits)}</Cell>
                <Cell numeric>{format.number(year.newPeople)}</Cell>
                <Cell numeric>{format.number(year.meals)}</Cell>
                <td className="pl-4">{t("history.range", { from: day(year.from), to: day(year.to) })}</td>
              </tr>
            ))}
          </Table>
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
