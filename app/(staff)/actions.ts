"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeSchema } from "@/lib/users/schemas";
import { setOwnLocale } from "@/lib/users/commands";

const endSession = defineAction({
  name: "auth.sign-out",
  entity: "StaffSession",
  permission: "self:manage",
  schema: z.undefined(),
  run: async ({ tx, session, now }) => {
    await tx.staffSession.updateMany({ where: { id: session.sessionId, endedAt: null }, data: { endedAt: now } });
    return { data: undefined, entityId: session.sessionId };
  },
});

/** Ends the server-side session first, so a copied cookie is worthless from this moment on. */
export async function signOut(): Promise<void> {
  await endSession(undefined);
  (await cookies()).delete(sessionCookieName());
  redirect("/sign-in");
}

export const setMyLanguage = defineAction({
  name: "users.set-language",
  entity: "User",
  permission: "self:manage",
  schema: localeSchema,
  run: async ({ tx, session, input }) => {
    await setOwnLocale(tx, session.userId, input.locale);
    (await cookies()).set(LOCALE_COOKIE, input.locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 31536000 });
    return { data: undefined, entityId: session.userId };
  },
});
