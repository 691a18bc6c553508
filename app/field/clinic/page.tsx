import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { FieldApp } from "@/components/field/field-app";
import { signOut } from "@/app/(staff)/actions";

export async function generateMetadata() {
  const t = await getTranslations("field");
  return { title: t("clinicTitle"), manifest: "/manifest.webmanifest" };
}

// Signed in to open online; offline, the service worker's copy of this page opens. The page
// holds no data: the form reads the partners, vaccines and supplies from the device (cached online).
export default async function FieldClinicPage() {
  await requirePagePermission("clinic:write", "field-clinic");
  return <FieldApp page="clinic" signOut={signOut} />;
}
