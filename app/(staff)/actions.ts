"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { setOwnLanguageAction, signOutAction } from "@/lib/users/actions";

const endSession = defineAction(signOutAction);

/** A form action (no input). Whatever the session's state, the cookie goes and sign-in follows. */
export async function signOut(): Promise<void> {
  await endSession(undefined);
  (await cookies()).delete(sessionCookieName());
  redirect("/sign-in");
}

export const setMyLanguage = defineAction(setOwnLanguageAction, rememberLocale);
