import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { venueList } from "@/lib/programs/outreach";
import { PageTitle } from "@/components/ui/page-title";
import { ProgramsNav } from "@/components/programs/programs-nav";
import { VenueForm } from "@/components/programs/outreach-forms";
import { saveVenue } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("venues") };
}

const card = "mb-6 rounded-lg border border-stone-300 bg-white p-4";

export default async function VenuesPage() {
  const session = await requirePagePermission("programs:read", "outreach.venues");
  const [venues, t] = await Promise.all([venueList(session), getTranslations()]);

  return (
    <>
      <PageTitle lead={t("outreach.areaHint")}>{t("outreach.venues")}</PageTitle>
      <ProgramsNav current="/outreach/venues" />
      {can(session.role, "programs:write") ? (
        <section aria-labelledby="new-venue" className={card}>
          <h2 id="new-venue" className="mb-3 text-lg font-semibold">{t("outreach.newVenue")}</h2>
          <VenueForm venue={null} save={saveVenue} />
        </section>
      ) : null}
      <section aria-labelledby="venues-heading" className={card}>
        <h2 id="venues-heading" className="mb-2 text-lg font-semibold">{t("outreach.venues")}</h2>
        {venues.length === 0 ? (
          <p className="text-stone-700">{t("outreach.noVenues")}</p>
        ) : (
          <table className="w-full text-left">
            <thead className="text-sm">
              <tr>
                <th scope="col" className="py-1">{t("outreach.name")}</th>
                <th scope="col" className="py-1">{t("outreach.type")}</th>
                <th scope="col" className="py-1">{t("outreach.area")}</th>
                <th scope="col" className="py-1 text-right">{t("outreach.weeklyTarget")}</th>
                <th scope="col" className="py-1">{t("outreach.agreement")}</th>
              </tr>
            </thead>
            <tbody>
              {venues.map((venue) => (
                <tr key={venue.id} className={`border-t border-stone-200 ${venue.active ? "" : "text-stone-600"}`}>
                  <td className="py-1"><Link href={`/outreach/venues/${venue.id}`} className="text-brand-700 underline">{venue.name}</Link></td>
                  <td className="py-1">{t(`programs.venueTypes.${venue.type}` as never)}</td>
                  <td className="py-1">{venue.area}</td>
                  <td className="py-1 text-right tabular-nums">{venue.weeklyTarget}</td>
                  <td className="py-1">{venue.serviceAgreement ? t("outreach.yes") : t("outreach.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
