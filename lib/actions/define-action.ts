import "server-only";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/action-result";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";

/**
 * Binds an action definition to the request: the session from the cookie, the user's language.
 * Use it for every export of an actions.ts file:
 *   export const createUser = defineAction({ name, entity, permission, schema, run });
 */
export function defineAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>) {
  return async function action(input: unknown): Promise<ActionResult<R>> {
    const [session, locale, translate] = await Promise.all([getSession(), getLocale(), getTranslations()]);
    return executeAction(
      definition,
      {
        db: prisma,
        session,
        locale: locale === "en" ? "en" : "fr",
        t: (key, values) => translate(key as never, values as never),
      },
      input,
    );
  };
}
