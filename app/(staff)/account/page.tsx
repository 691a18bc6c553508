import { getTranslations } from "next-intl/server";
import { requirePageSession } from "@/lib/auth/page-guards";
import { PageTitle } from "@/components/ui/page-title";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { changeMyPassword } from "./actions";

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
        <section aria-labelledby="language-heading" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="language-heading" className="mb-2 text-lg font-semibold">{t("account.languageHeading")}</h2>
          <p className="text-stone-700">{t("account.languageExplained")}</p>
        </section>
        <section aria-labelledby="password-heading" className="rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">{t("account.passwordHeading")}</h2>
          <ChangePasswordForm changePassword={changeMyPassword} />
        </section>
      </div>
    </>
  );
}
