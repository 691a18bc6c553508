import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { venueList } from "@/lib/programs/outreach";
import { PageTitle } from "@/components/ui/page-title";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { VenueForm } from "@/components/programs/outreach-forms";
import { saveVenue } from "../actions";
import { Panel } from "@/components/ui/panel";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("venues") };
}

export default async function VenuesPage() {
  const session = await requirePagePermission("programs:read", "outreach.venues");
  const [venues, t] = await Promise.all([venueList(session), getTranslations()]);

  return (
    <>
      <PageTitle lead={t("outreach.areaHint")}>{t("outreach.venues")}</PageTitle>
      <ProgramsNav current="/outreach/venues" />
      {can(session.role, "programs:write") ? (
        <Panel headingId="new-venue" heading={t("outreach.newVenue")} className="mb-6">
          <VenueForm venue={null} save={saveVenue} />
        </Panel>
      ) : null}
      <Panel headingId="venues-heading" heading={t("outreach.venues")} className="mb-6">
        {venues.length === 0 ? (
          <p className="text-stone-700">{t("outreach.noVenues")}</p>
        ) : (
          <Table
            labelledBy="venues-heading"
            variant="plain"
            columns={[
              { header: t("outreach.name") },
              { header: t("outreach.type") },
              { header: t("outreach.area") },
              { header: t("outreach.weeklyTarget"), numeric: true },
              { header: t("outreach.agreement") },
            ]}
          >
            {venues.map((venue) => (
              <tr key={venue.id} className={`border-t border-stone-200 ${venue.active ? "" : "text-stone-600"}`}>
                <td><Link href={`/outreach/venues/${venue.id}`} className="text-brand-700 underline">{venue.name}</Link></td>
                <td>{t(`programs.venueTypes.${venue.type}`)}</td>
                <td>{venue.area}</td>
                <Cell numeric>{venue.weeklyTarget}</Cell>
                <td>{venue.serviceAgreement ? t("outreach.yes") : t("outreach.no")}</td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
    </>
  );
}
