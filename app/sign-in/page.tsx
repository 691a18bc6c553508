import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { DemoBanner } from "@/components/shell/demo-banner";
import { centreMode, isAwaitingFirstRun } from "@/lib/setup/queries";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-users";
import { setSignInLanguage } from "./actions";
import { cookies } from "next/headers";
import { SIGNED_OUT_COOKIE } from "@/lib/field/signed-out";
import { FieldDataEraser } from "@/components/field/field-data-eraser";
import { Table } from "@/components/ui/table";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getSession()) redirect("/");
  if (await isAwaitingFirstRun()) redirect("/welcome");
  const [t, mode, query] = await Promise.all([getTranslations(), centreMode(), searchParams]);
  const demo = mode === "demo";
  const justSignedOut = (await cookies()).has(SIGNED_OUT_COOKIE);
  return (
    <>
    {demo ? <DemoBanner /> : null}
    {justSignedOut ? <FieldDataEraser /> : null}
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-3xl font-semibold text-brand-800">Halte</p>
        <LanguageSwitch setLanguage={setSignInLanguage} />
      </div>
      <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-2xl font-semibold">{t("signIn.title")}</h1>
        <p className="mb-5 text-stone-700">{t("signIn.lead")}</p>
        {query["set-up"] === "1" && !demo ? <p role="status" className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 font-medium text-brand-800">{t("setup.setUpDone")}</p> : null}
        <SignInForm />
      </div>
      {demo ? (
        <section aria-labelledby="demo-accounts" className="rounded-lg border border-amber-400 bg-amber-50 p-4">
          <h2 id="demo-accounts" className="mb-2 font-semibold">{t("setup.demoAccounts")}</h2>
          <Table
            labelledBy="demo-accounts"
            variant="plain"
            className="text-sm"
            columns={[
              { header: t("setup.demoAccount") },
              { header: t("setup.demoPassword") },
              { header: t("setup.demoRole") },
            ]}
          >
            {DEMO_SIGN_INS.map((account) => (
              <tr key={account.username}>
                <td className="font-mono">{account.username}</td>
                <td className="font-mono">{account.password}</td>
                <td>{t(`roles.${account.role}`)}</td>
              </tr>
            ))}
          </Table>
        </section>
      ) : null}
      <p className="text-sm text-stone-700">{t("app.tagline")}</p>
    </main>
    </>
  );
}
