import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { signOut } from "@/app/(staff)/actions";
import { chooseMyPassword } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("newPassword");
  return { title: t("title") };
}

/**
 * Outside the (staff) layout on purpose: that layout, like every staff page, sends a session whose
 * password was reset here (lib/auth/page-guards.ts), and the action pipeline refuses it anything
 * else. A session with its own password has nothing to do here.
 */
export default async function NewPasswordPage() {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  if (!session.mustChangePassword) redirect("/");
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-3xl font-semibold text-brand-800">Halte</p>
        <div className="rounded-md bg-brand-700 text-white">
          <SignOutButton signOut={signOut} />
        </div>
      </div>
      <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-2xl font-semibold">{t("newPassword.title")}</h1>
        <p className="mb-5 text-stone-700" data-testid="signed-in-as">
          {session.displayName} · {t(`roles.${session.role}`)}
        </p>
        <p className="mb-5 text-stone-700">{t("newPassword.lead")}</p>
        <ChangePasswordForm changePassword={chooseMyPassword} currentLabel={t("newPassword.currentLabel")} />
      </div>
    </main>
  );
}
