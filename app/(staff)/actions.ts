"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { sessionCookieName, usesSecureCookies } from "@/lib/auth/session-cookie";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { setOwnLanguageAction, signOutAction } from "@/lib/users/actions";
import { SIGNED_OUT_COOKIE } from "@/lib/field/signed-out";

const endSession = defineAction(signOutAction);

/** A form action (no input). Whatever the session's state, the cookie goes and sign-in follows. */
export async function signOut(): Promise<void> {
  await endSession(undefined);
  const jar = await cookies();
  jar.delete(sessionCookieName());
  // Tells the sign-in page to erase this device's field queue (components/field/field-data-eraser.tsx).
  jar.set(SIGNED_OUT_COOKIE, "1", { maxAge: 60, httpOnly: true, sameSite: "lax", path: "/", secure: usesSecureCookies() });
  redirect("/sign-in");
}

export const setMyLanguage = defineAction(setOwnLanguageAction, rememberLocale);
