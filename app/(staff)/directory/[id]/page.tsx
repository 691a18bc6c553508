import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { getPartner } from "@/lib/directory/partners";
import { PageTitle } from "@/components/ui/page-title";
import { PartnerForm } from "@/components/directory/partner-form";
import { savePartner } from "../actions";

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePagePermission("directory:write", "directory.edit");
  const partner = await getPartner(session, (await params).id);
  if (!partner) notFound();
  const t = await getTranslations("directory");
  return (
    <>
      <p className="mb-2"><Link href="/directory" className="text-brand-700 underline">{t("backToList")}</Link></p>
      <PageTitle>{partner.name}</PageTitle>
      <PartnerForm values={{ ...partner, partnerId: partner.id }} save={savePartner} />
    </>
  );
}
