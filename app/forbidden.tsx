import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-2 text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mb-6 text-stone-700">{t("forbidden")}</p>
      <Link href="/" className="text-brand-700 underline">{t("backHome")}</Link>
    </main>
  );
}
