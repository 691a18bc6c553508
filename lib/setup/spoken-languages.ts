// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// The languages people speak at the centre, offered at set-up (ISO 639-1, with Haitian Creole
// and Indigenous languages of Quebec that a Montreal drop-in meets). The coordinator's choice is
// kept in Setting "centre.languages" and shown on the settings page. Names are in messages/*.json
// under setup.languageNames.
export const SPOKEN_LANGUAGES = ["fr", "en", "es", "ht", "pt", "ar", "zh", "vi", "ru", "iu", "cr"] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];
export const CENTRE_LANGUAGES_KEY = "centre.languages";
export const CENTRE_TIME_ZONE_KEY = "centre.timeZone";
