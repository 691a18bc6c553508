import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { getSession, type SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { zodLocaleErrors } from "@/lib/actions/execute-action";
import { refuseForeignExport } from "@/lib/security/refuse-foreign-export";
import { logError } from "@/lib/logging/logger";
import { isDatabaseUnavailable } from "@/lib/database-unavailable.mjs";
import { databaseDownMessage } from "@/lib/actions/database-down-message";
import type { FailureReason } from "@/lib/actions/action-result";

type RouteDefinition<S extends z.ZodType, R> = {
  name: string;
  permission: Permission;
  /** Parses the query string, as an object of strings. */
  schema: S;
  run: (ctx: { session: SessionUser; input: z.output<S> }) => Promise<R>;
  /** Sends the JSON as a file to save, with this name. */
  download?: string;
  /** "csv": `run` returns the file's text, sent as text/csv to save under `download`. */
  format?: "json" | "csv";
};

/**
 * A route with `download` is an export: it answers only a same-origin request
 * (lib/security/export-request.ts): its links on our pages are same-origin GETs; a POST with our
 * Origin (a script, an old browser without Sec-Fetch-Site) is accepted too, its form fields
 * joining the query string, so the route module exports the same handler as GET and POST.
 */
const isExport = (definition: { download?: string }) => definition.download !== undefined;

/** A refused request's body: the machine's reason beside the person's message (action-result.ts). */
type Refusal = { error: string; reason: FailureReason };

const NO_STORE = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

/**
 * The route-handler twin of defineAction, for reads that a page fetches as a person types
 * (server actions run one at a time per page, which is wrong for search-as-you-type).
 * Session → role permission → zod parse → JSON; refusals in the user's language, no stack traces.
 */
export function defineRoute<S extends z.ZodType, R>(definition: RouteDefinition<S, R>) {
  const handle = routeHandler(definition);
  return async function handler(request: Request): Promise<Response> {
    try {
      return await handle(request);
    } catch (error) {
      // Before the session is known (it lives in the database), so in both languages.
      if (!isDatabaseUnavailable(error)) throw error;
      logError("route.failed", error, { route: definition.name });
      return new Response(JSON.stringify({ error: databaseDownMessage(), reason: "database-unavailable" } satisfies Refusal), { status: 503, headers: { ...NO_STORE, "Retry-After": "5" } });
    }
  };
}

function routeHandler<S extends z.ZodType, R>(definition: RouteDefinition<S, R>) {
  return async function handle(request: Request): Promise<Response> {
    const [session, locale, t] = await Promise.all([getSession(), getLocale(), getTranslations()]);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: NO_STORE });
    const refuse = (status: number, reason: FailureReason, error: string) => json(status, { error, reason } satisfies Refusal);

    if (!session) {
      await recordAudit(prisma, { action: definition.name, outcome: "DENIED", detail: "no-session" });
      return refuse(401, "unauthenticated", t("errors.signedOut"));
    }
    if (!can(session.role, definition.permission)) {
      await recordAudit(prisma, { action: definition.name, actorId: session.userId, actorRole: session.role, outcome: "DENIED", detail: definition.permission });
      return refuse(403, "forbidden", t("errors.forbidden"));
    }
    if (session.mustChangePassword) {
      await recordAudit(prisma, { action: definition.name, actorId: session.userId, actorRole: session.role, outcome: "DENIED", detail: "must-change-password" });
      return refuse(403, "must-change-password", t("errors.mustChangePassword"));
    }
    const exporting = isExport(definition);
    // Not an export in this person's name: a refusal, audited as such, and nothing downloaded.
    if (exporting && (await refuseForeignExport(request, { session, action: definition.name }))) {
      return refusedPage(locale === "en" ? "en" : "fr", t("errors.exportCrossSiteTitle"), t("errors.exportCrossSite"), t("errors.exportBack"));
    }
    if (request.method !== "GET" && !exporting) return refuse(405, "forbidden", t("errors.forbidden"));
    const query = { ...Object.fromEntries(new URL(request.url).searchParams), ...(request.method === "POST" ? await formFields(request) : {}) };
    const parsed = definition.schema.safeParse(query, { error: zodLocaleErrors(locale === "en" ? "en" : "fr") });
    if (!parsed.success) return refuse(400, "invalid", t("errors.invalidInput"));
    try {
      const body = await definition.run({ session, input: parsed.data });
      if (definition.format === "csv") {
        return new Response(String(body), {
          status: 200,
          headers: {
            "Cache-Control": "no-store",
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": `attachment; filename="${definition.download ?? "halte.csv"}"`,
          },
        });
      }
      if (!definition.download) return json(200, body);
      return new Response(JSON.stringify(body, null, 2), {
        status: 200,
        headers: { ...NO_STORE, "Content-Disposition": `attachment; filename="${definition.download}"` },
      });
    } catch (error) {
      const reference = randomUUID().slice(0, 8);
      logError("route.failed", error, { route: definition.name, reference });
      if (isDatabaseUnavailable(error)) return refuse(503, "database-unavailable", t("errors.databaseDownAction"));
      return refuse(500, "unexpected", t("errors.unexpected", { reference }));
    }
  };
}

/** The text fields of a form POST (an export button); anything else is no field at all. */
async function formFields(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return {};
  try {
    const form = await request.formData();
    return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A page a person lands on after a refused export link: what happened, and the way back. */
function refusedPage(lang: "fr" | "en", title: string, message: string, back: string): Response {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">${escapeHtml(back)}</a></p></main></body></html>`;
  return new Response(html, { status: 403, headers: { "Cache-Control": "no-store", "Content-Type": "text/html; charset=utf-8" } });
}
