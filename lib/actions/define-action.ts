import "server-only";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { ActionResult, Answered } from "@/lib/actions/action-result";
import type { Action, ActionInput } from "@/lib/actions/action-types";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import { databaseDownMessage } from "@/lib/actions/database-down-message";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";
import { logError } from "@/lib/logging/logger";
import { byKey } from "@/lib/i18n/by-key";

type AfterSuccess<R> = (data: R) => void | Promise<void>;

/**
 * Binds an action definition (lib/<domain>/actions.ts) to the request: the session from the
 * cookie and the user's language. Every export of an app actions.ts file is made with it:
 *   export const createUser = defineAction(createUserAction, () => revalidatePath("/users"));
 * `afterSuccess` runs once the transaction has committed: revalidation, cookies, redirects.
 */
export function defineAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, afterSuccess?: AfterSuccess<R>): Action<S, R> {
  // Typed by the schema for the code that calls it; the request may still carry anything, which
  // executeAction parses (the type is a promise to the compiler, not to the server).
  const action: (input: ActionInput<S>) => Promise<ActionResult<R>> = bindToRequest(definition, afterSuccess);
  return action;
}

/**
 * The same binding for input nobody typed: a route handler's JSON body (lib/field/route.ts),
 * which the pipeline parses like any other.
 */
export function bindToRequest<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, afterSuccess?: AfterSuccess<R>) {
  return async function action(input: unknown): Promise<ActionResult<R>> {
    const { result } = await run(definition, input);
    if (result.ok && afterSuccess) await afterSuccess(result.data);
    return result;
  };
}

/**
 * An action whose answer carries what the screen shows next, read after the commit in the
 * signed-in person's name (e.g. tonight's list after a check-in): the page updates from the
 * action's own answer instead of rendering itself again (no revalidatePath, no router.refresh).
 */
/** `input` is the raw input: the answer validates whatever it reads from it. */
export function defineAnsweringAction<S extends z.ZodType, R, A, Extra = unknown>(definition: ActionDefinition<S, R>, answer: (session: SessionUser, data: R, input: unknown) => Promise<A>): Action<S, Answered<R, A>, Extra> {
  return async function action(input: ActionInput<S> & Extra): Promise<ActionResult<Answered<R, A>>> {
    const { result, session } = await run(definition, input);
    if (!result.ok) return result;
    // A successful action always had a session (public actions are not answered this way).
    const data = { ...(typeof result.data === "object" ? result.data : {}), answer: await answer(session!, result.data, input) } as Answered<R, A>;
    return { ...result, data };
  };
}

const bind = () => Promise.all([getSession(), getLocale(), getTranslations()]);

async function run<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, input: unknown): Promise<{ result: ActionResult<R>; session: SessionUser | null }> {
  let bound: Awaited<ReturnType<typeof bind>>;
  try {
    bound = await bind();
  } catch (error) {
    // The session lives in the database: when it is away, say so rather than fail the page.
    if (!isDatabaseUnavailable(error)) throw error;
    logError("action.failed", error, { action: definition.name });
    return { result: { ok: false, error: databaseDownMessage(), fieldErrors: {}, reason: "database-unavailable" }, session: null };
  }
  const [session, locale, translate] = bound;
  const result = await executeAction(
    definition,
    {
      db: prisma,
      session,
      locale: locale === "en" ? "en" : "fr",
      t: byKey(translate),
    },
    input,
  );
  return { result, session };
}
