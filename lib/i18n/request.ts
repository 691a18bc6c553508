import "server-only";
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { asLocale, DEFAULT_LOCALE, LOCALE_COOKIE } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const session = await getSession();
  const locale = session?.locale ?? asLocale((await cookies()).get(LOCALE_COOKIE)?.value) ?? DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: process.env.CENTRE_TIME_ZONE ?? "America/Montreal",
  };
});
