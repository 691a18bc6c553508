import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

/**
 * "Nothing was saved" in both languages, for a failure before the session (and so the person's
 * language, which lives in the database) could be read.
 */
export function databaseDownMessage(): string {
  const key = "errors.databaseDownAction";
  return `${createTranslator({ locale: "fr", messages: fr })(key)} / ${createTranslator({ locale: "en", messages: en })(key)}`;
}
