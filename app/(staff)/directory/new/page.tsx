import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { PartnerForm } from "@/components/directory/partner-form";
import { savePartner } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("directory");
  return { title: t("new") };
}

export default async function NewPartnerPage() {
  await requirePagePermission("directory:write", "directory.new");
  const t = await getTranslations("directory");
  return (
    <>
      <p className="mb-2"><Link href="/directory" className="text-brand-700 underline">{t("backToList")}</Link></p>
      <PageTitle>{t("new")}</PageTitle>
      <PartnerForm
        values={{ partnerId: null, name: "", domains: [], languages: ["fr"], phone: null, hours: null, publicAddress: null, respectful: false, notes: null, active: true }}
        save={savePartner}
      />
    </>
  );
}
