import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { FieldApp } from "@/components/field/field-app";
import { signOut } from "@/app/(staff)/actions";

export async function generateMetadata() {
  const t = await getTranslations("field");
  return { title: t("outreachTitle"), manifest: "/manifest.webmanifest" };
}

// Signed in to open online; offline, the service worker's copy of this page opens. The page
// holds no data: the form reads venues and the catalogue from the device (cached online).
export default async function FieldOutreachPage() {
  await requirePagePermission("programs:write", "field-outreach");
  return <FieldApp page="outreach" signOut={signOut} />;
}
