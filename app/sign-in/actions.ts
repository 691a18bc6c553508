"use server";

import { defineAction } from "@/lib/actions/define-action";
import { chooseSignInLanguageAction } from "@/lib/i18n/actions";
import { rememberLocale } from "@/lib/i18n/locale-cookie";

export const setSignInLanguage = defineAction(chooseSignInLanguageAction, rememberLocale);
