import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { setSignInLanguage } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  if (await getSession()) redirect("/");
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-3xl font-semibold text-brand-800">Halte</p>
        <LanguageSwitch setLanguage={setSignInLanguage} />
      </div>
      <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-2xl font-semibold">{t("signIn.title")}</h1>
        <p className="mb-5 text-stone-700">{t("signIn.lead")}</p>
        <SignInForm />
      </div>
      <p className="text-sm text-stone-700">{t("app.tagline")}</p>
    </main>
  );
}
