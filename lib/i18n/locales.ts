import "server-only";
// French first: the centre works in French, and so does the app unless a person switches.
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
/** Remembers the choice before sign-in; after sign-in the user's own setting wins. */
export const LOCALE_COOKIE = "halte.locale";

export function asLocale(value: string | undefined | null): Locale | null {
  return value === "fr" || value === "en" ? value : null;
}
