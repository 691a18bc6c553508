"use server";

import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeSchema } from "@/lib/users/schemas";

// Before sign-in the language can only live in a cookie; it touches no record.
export const setSignInLanguage = defineAction({
  name: "sign-in.set-language",
  permission: "public",
  schema: localeSchema,
  run: async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 31536000 });
    return { data: undefined };
  },
});
