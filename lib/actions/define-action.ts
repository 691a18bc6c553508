import "server-only";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/actions/action-result";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import { databaseDownMessage } from "@/lib/actions/database-down-message";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";
import { logError } from "@/lib/logging/logger";

type AfterSuccess<R> = (data: R) => void | Promise<void>;

/**
 * Binds an action definition (lib/<domain>/actions.ts) to the request: the session from the
 * cookie and the user's language. Every export of an app actions.ts file is made with it:
 *   export const createUser = defineAction(createUserAction, () => revalidatePath("/users"));
 * `afterSuccess` runs once the transaction has committed: revalidation, cookies, redirects.
 */
const bind = () => Promise.all([getSession(), getLocale(), getTranslations()]);

export function defineAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, afterSuccess?: AfterSuccess<R>) {
  return async function action(input: unknown): Promise<ActionResult<R>> {
    let bound: Awaited<ReturnType<typeof bind>>;
    try {
      bound = await bind();
    } catch (error) {
      // The session lives in the database: when it is away, say so rather than fail the page.
      if (!isDatabaseUnavailable(error)) throw error;
      logError("action.failed", error, { action: definition.name });
      return { ok: false, error: databaseDownMessage(), fieldErrors: {} };
    }
    const [session, locale, translate] = bound;
    const result = await executeAction(
      definition,
      {
        db: prisma,
        session,
        locale: locale === "en" ? "en" : "fr",
        t: (key, values) => translate(key as never, values as never),
      },
      input,
    );
    if (result.ok && afterSuccess) await afterSuccess(result.data);
    return result;
  };
}
