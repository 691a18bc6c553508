import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { NewParticipant } from "@/components/participants/new-participant";
import { createParticipant } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("participants");
  return { title: t("newTitle") };
}

export default async function NewParticipantPage() {
  await requirePagePermission("participants:write", "participants.new");
  const t = await getTranslations("participants");
  return (
    <>
      <p className="mb-2"><Link href="/participants" className="text-brand-700 underline">{t("backToList")}</Link></p>
      <PageTitle>{t("newTitle")}</PageTitle>
      <div className="max-w-2xl">
        <NewParticipant register={createParticipant} />
      </div>
    </>
  );
}
