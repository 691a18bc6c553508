import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Translate } from "@/lib/actions/translate-issues";

/** The app's real messages, as the action wrapper gets them from next-intl in a request. */
export function translatorFor(locale: "fr" | "en"): Translate {
  const t = createTranslator({ locale, messages: locale === "fr" ? fr : en });
  return (key, values) => t(key as never, values as never);
}
