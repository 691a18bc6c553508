import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { participantRecord } from "@/lib/participants/record-export";
import { NotFoundError } from "@/lib/errors";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/reports/print-button";
import { RecordView } from "@/components/rights/record-view";

export async function generateMetadata() {
  const t = await getTranslations("rights");
  return { title: t("recordTitle") };
}

export default async function ParticipantRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("participants:export", "participant-record");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const record = await participantRecord(session, id.data, { how: "page" }).catch((error: unknown) => {
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
        <a className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4" href={`/api/participants/export?id=${id.data}`} download>{t("downloadJson")}</a>
        <Link className="inline-flex min-h-11 items-center underline" href={`/participants/${id.data}`}>{t("backToProfile")}</Link>
      </div>
      <RecordView sections={Object.entries(sections).map(([key, value]) => ({ key, value }))} />
    </>
  );
}
