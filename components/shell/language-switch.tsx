"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { setMyLanguage } from "@/app/(staff)/actions";
import type { setSignInLanguage } from "@/app/sign-in/actions";

type Props = { setLanguage: typeof setMyLanguage | typeof setSignInLanguage };

// Offers the other language, written in that language, so that a person who cannot read the
// current one still finds it.
export function LanguageSwitch({ setLanguage }: Props) {
  const locale = useLocale();
  const t = useTranslations("language");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other = locale === "fr" ? "en" : "fr";

  return (
    <button
      type="button"
      lang={other}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await setLanguage({ locale: other });
          if (result.ok) router.refresh();
        })
      }
      className="min-h-11 rounded-md border border-current px-3 py-1 text-sm font-medium"
      aria-label={t("switchLabel")}
    >
      {t("switchTo")}
    </button>
  );
}
