import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { centreToday } from "@/lib/nights/today";
import { outreachStaff } from "@/lib/programs/outreach";
import { PageTitle } from "@/components/ui/page-title";
import { OutreachShiftForm } from "@/components/programs/outreach-forms";
import { createOutreachShift } from "../../actions";

export async function generateMetadata() {
  const t = await getTranslations("outreach");
  return { title: t("newShift") };
}

export default async function NewOutreachShiftPage() {
  const session = await requirePagePermission("programs:write", "outreach.new-shift");
  const [staff, t] = await Promise.all([outreachStaff(session), getTranslations("outreach")]);
  return (
    <>
      <p className="mb-2"><Link href="/outreach" className="text-brand-700 underline">{t("title")}</Link></p>
      <PageTitle>{t("newShift")}</PageTitle>
      <OutreachShiftForm today={centreToday()} me={session.userId} staff={staff} create={createOutreachShift} />
    </>
  );
}
