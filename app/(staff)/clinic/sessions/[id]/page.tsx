import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { clinicSupplies, clinicVaccines, sessionDetail } from "@/lib/clinic/queries";
import { searchDirectory } from "@/lib/directory/partners";
import { PageTitle } from "@/components/ui/page-title";
import { EncounterForm } from "@/components/clinic/encounter-form";
import { EncounterList } from "@/components/clinic/encounter-list";
import { giveResult, recordEncounter } from "../../actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("clinic");
  return { title: t("sessionTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ClinicSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("clinic:read", "clinic.session");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const today = centreToday();
  const detail = await sessionDetail(session, id, today);
  if (!detail) notFound();
  const [vaccines, supplies, partners, t] = await Promise.all([
    clinicVaccines(session, { activeOnly: true }),
    clinicSupplies(session),
    searchDirectory(session, {}),
    getTranslations(),
  ]);
  const medical = partners.filter((partner) => partner.domains.includes("PHYSICAL_HEALTH") || partner.domains.includes("MENTAL_HEALTH") || partner.domains.includes("ADDICTION"));

  return (
    <>
      <p className="mb-2"><Link href="/clinic" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("clinic.backToClinic")}</Link></p>
      <PageTitle lead={[detail.partner, detail.clinicians.join(", ")].filter(Boolean).join(" · ")}>
        {t(`clinic.sessionTypes.${detail.type}`)} — {detail.date}
      </PageTitle>
      {detail.notes ? <p className="mb-4 whitespace-pre-wrap">{detail.notes}</p> : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <Panel headingId="encounter-heading" heading={t("clinic.encounter.title")} headingClassName="mb-3 text-xl font-semibold">
          <EncounterForm
            sessionId={detail.id}
            sessionType={detail.type}
            candidates={detail.candidates}
            vaccines={vaccines}
            supplies={supplies}
            partners={medical.map((partner) => ({ id: partner.id, name: partner.name }))}
            recordsResults={detail.recordsResults}
            record={recordEncounter}
          />
        </Panel>
        <Panel headingId="encounters-heading" heading={t("clinic.encountersOfSession", { count: detail.encounters.length })} headingClassName="mb-3 text-xl font-semibold">
          {detail.encounters.length === 0 ? <p>{t("clinic.noEncounters")}</p> : <EncounterList encounters={detail.encounters} recordsResults={detail.recordsResults} give={giveResult} showPerson showDate={false} />}
        </Panel>
      </div>
    </>
  );
}
