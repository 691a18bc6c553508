import { getTranslations } from "next-intl/server";
import { requirePageSession } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { changeMyPassword } from "./actions";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const session = await requirePageSession();
  const t = await getTranslations();
  return (
    <>
      <PageTitle lead={`${session.username} · ${t(`roles.${session.role}`)}`}>{t("account.title")}</PageTitle>
      <div className="grid gap-6 md:grid-cols-2">
        <Panel headingId="language-heading" heading={t("account.languageHeading")}>
          <p className="text-stone-700">{t("account.languageExplained")}</p>
        </Panel>
        <Panel headingId="password-heading" heading={t("account.passwordHeading")}>
          <ChangePasswordForm changePassword={changeMyPassword} />
        </Panel>
      </div>
    </>
  );
}
