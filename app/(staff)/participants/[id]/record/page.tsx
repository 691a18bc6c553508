import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { participantRecord } from "@/lib/participants/record-export";
import { centreToday } from "@/lib/nights/today";
import { NotFoundError } from "@/lib/errors";
import { refuseForeignExport } from "@/lib/security/refuse-foreign-export";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/reports/print-button";
import { RecordView } from "@/components/rights/record-view";
import { ExportButton } from "@/components/ui/export-button";

export async function generateMetadata() {
  const t = await getTranslations("rights");
  return { title: t("recordTitle") };
}

export default async function ParticipantRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("participants:export", "participant-record");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  // Reading the record is an export in the reader's name: only from our own pages, as the routes.
  if (await refuseForeignExport({ method: "GET", headers: await headers() }, { session, action: "participants.export", entity: "Participant", entityId: id.data })) {
    const errors = await getTranslations("errors");
    return (
      <>
        <PageTitle>{errors("exportCrossSiteTitle")}</PageTitle>
        <p role="alert" className="mb-4">{errors("exportCrossSite")}</p>
        <Link className="underline" href={`/participants/${id.data}`}>{(await getTranslations("rights"))("backToProfile")}</Link>
      </>
    );
  }
  const record = await participantRecord(session, id.data, { how: "page", today: centreToday() }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("rights");
  const { exportedAt: _exportedAt, ...sections } = record;
  return (
    <>
      <PageTitle lead={t("recordLead")}>{t("recordTitle")}</PageTitle>
      <div className="mb-6 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("print")} />
        <ExportButton href="/api/participants/export" query={{ id: id.data }} label={t("downloadJson")} />
        <Link className="inline-flex min-h-11 items-center underline" href={`/participants/${id.data}`}>{t("backToProfile")}</Link>
      </div>
      <RecordView sections={Object.entries(sections).map(([key, value]) => ({ key, value }))} />
    </>
  );
}
