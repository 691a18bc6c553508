import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { foundOr404 } from "@/lib/programs/not-found";
import { venueById } from "@/lib/programs/outreach";
import { PageTitle } from "@/components/ui/page-title";
import { VenueForm } from "@/components/programs/outreach-forms";
import { saveVenue } from "../../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("editVenue") };
}

export default async function VenuePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("programs:write", "outreach.venue");
  const { id } = await params;
  const venue = await foundOr404(id, (venueId) => venueById(session, venueId));
  const t = await getTranslations("outreach");
  return (
    <>
      <p className="mb-2"><Link href="/outreach/venues" className="text-brand-700 underline">{t("venues")}</Link></p>
      <PageTitle lead={t("editVenue")}>{venue.name}</PageTitle>
      <Panel className="max-w-3xl">
        <VenueForm venue={venue} save={saveVenue} />
      </Panel>
    </>
  );
}
