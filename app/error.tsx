"use client";

import { useTranslations } from "next-intl";

// Never shows the error itself: only a reference the server log can be searched for.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-2 text-2xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="mb-6 text-stone-700">{t("unexpected", { reference: error.digest ?? "-" })}</p>
      <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-white">
        {t("tryAgain")}
      </button>
    </main>
  );
}
