// next-intl's types for this app: a message key that is not in messages/en.json, or a value a
// message does not take, fails the typecheck (fr.json has the same keys: tests/unit/messages.test.ts).
import type messages from "./messages/en.json";
import type { Locale as AppLocale } from "./lib/i18n/locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
