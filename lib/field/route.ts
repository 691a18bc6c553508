import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import { bindToRequest } from "@/lib/actions/define-action";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import type { FailureReason } from "@/lib/actions/action-result";

const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

/**
 * A queued field entry arrives here as JSON and goes through the same action wrapper as every
 * form (session → permission → zod → command and audit in one transaction → dedupe by the
 * entry's submissionId). The status tells the device what to do with the entry:
 *   200 recorded (or recorded before: the first copy's answer) → drop it from the queue;
 *   422 refused with the server's reason → keep it for the worker to correct or discard;
 *   401 signed out, 503 database away → keep it as it is and try again later;
 *   403 this role may not record it, or another site sent it → kept, with the reason.
 * A route handler rather than a server action: an action's id changes with each build, and a
 * device may replay an entry saved under the previous one.
 */
export function fieldEntryRoute<S extends z.ZodType, R>(definition: ActionDefinition<S, R>) {
  const action = bindToRequest(definition);
  return async function POST(request: Request): Promise<Response> {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: NO_STORE });
    const t = await getTranslations();
    // Sent by the device's own page only: a request another site makes is refused unread.
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin") return json(403, { ok: false, error: t("errors.forbidden"), fieldErrors: {}, reason: "forbidden" });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return json(400, { ok: false, error: t("errors.invalidInput"), fieldErrors: {}, reason: "invalid" });
    }
    const result = await action(body);
    return json(result.ok ? 200 : STATUS_OF[result.reason], result);
  };
}

/** What the device does with a refusal depends on its status (lib/field/client/queue-rules.ts). */
const STATUS_OF: Record<FailureReason, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "database-unavailable": 503,
  "must-change-password": 422,
  invalid: 422,
  refused: 422,
  unexpected: 422,
};
