// The access matrix: every page, route handler and server action of the built app,
// taken from the build's own manifests (never a hand list), tried as a signed-out visitor and as
// each role, against the expectations written out in support/access-expectations.ts. An entry
// point without an expectation, or an expectation without an entry point, fails first.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import type { Role } from "../../lib/auth/roles.ts";
import { DEMO, expect, expectNoStackTrace, postServerAction, signIn, t, test } from "./support/fixtures.ts";
import { ACTION_ACCESS, PAGE_ACCESS, ROUTE_ACCESS, type Reach } from "./support/access-expectations.ts";

const ROLES: Role[] = ["COORDINATOR", "STAFF", "HEALTH", "PEER"];
const build = (file: string) => JSON.parse(readFileSync(new URL(`../../.next/server/${file}`, import.meta.url), "utf8")) as unknown;
/** The action's own answer, not the messages a re-rendered page also carries. */
const refusedWith = (body: string, message: string) => body.includes(`"ok":false,"error":${JSON.stringify(message)}`);

/** The app's own inventory: pages and route handlers, and the server actions with a page that carries each. */
function inventory() {
  const paths = Object.keys(build("app-paths-manifest.json") as Record<string, string>);
  const pages = paths.filter((path) => path.endsWith("/page") && !path.startsWith("/_")).map((path) => path.slice(0, -"/page".length) || "/");
  const routes = paths.filter((path) => path.startsWith("/api/") && path.endsWith("/route")).map((path) => path.slice(0, -"/route".length));
  const manifest = build("server-reference-manifest.json") as { node: Record<string, { filename: string; exportedName?: string; workers: Record<string, unknown> }> };
  const actions = Object.entries(manifest.node).map(([id, entry]) => ({
    key: `${entry.filename}#${entry.exportedName}`,
    id,
    pages: Object.keys(entry.workers).map((worker) => worker.replace(/^app/, "").replace(/\/page$/, "") || "/"),
  }));
  return { pages, routes, actions };
}

/** A route pattern as an address: groups dropped, each dynamic segment an id that exists nowhere. */
function addressOf(route: string): string {
  const path = route.replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, () => randomUUID());
  return path === "" ? "/" : path;
}

const allows = (reach: Reach, role: Role | null) => reach === "public" || (role !== null && reach.includes(role));

test("every page, route handler and server action has an expected access, and every expectation an entry point", () => {
  const { pages, routes, actions } = inventory();
  const missing = [
    ...pages.filter((page) => !(page in PAGE_ACCESS)).map((page) => `page ${page}`),
    ...routes.filter((route) => !(route in ROUTE_ACCESS)).map((route) => `route ${route}`),
    ...actions.filter((action) => !(action.key in ACTION_ACCESS)).map((action) => `action ${action.key}`),
  ];
  expect(missing, "entry points without an expected access").toEqual([]);
  const stale = [
    ...Object.keys(PAGE_ACCESS).filter((page) => !pages.includes(page)).map((page) => `page ${page}`),
    ...Object.keys(ROUTE_ACCESS).filter((route) => !routes.includes(route)).map((route) => `route ${route}`),
    ...Object.keys(ACTION_ACCESS).filter((key) => !actions.some((action) => action.key === key)).map((key) => `action ${key}`),
  ];
  expect(stale, "expectations for entry points that no longer exist").toEqual([]);
});

for (const role of [null, ...ROLES] as const) {
  test(`the matrix as ${role ?? "a signed-out visitor"}`, async ({ page, request, baseURL }) => {
    test.setTimeout(300_000);
    let client: APIRequestContext = request;
    if (role) {
      await signIn(page, DEMO[role]);
      client = page.request;
    }
    const { pages, routes, actions } = inventory();
    const wrong: string[] = [];

    for (const route of pages) {
      const response = await client.get(addressOf(route), { maxRedirects: 0 });
      const status = response.status();
      const allowed = allows(PAGE_ACCESS[route]!, role);
      if (status >= 500) wrong.push(`page ${route}: ${status}`);
      else if (!role && !allowed && !(status === 307 || status === 303) ) wrong.push(`page ${route}: ${status} for a signed-out visitor (expected a redirect to sign in)`);
      else if (role && !allowed && status !== 403) wrong.push(`page ${route}: ${status}, expected 403`);
      else if (allowed && (status === 403 || status === 401)) wrong.push(`page ${route}: ${status}, expected access`);
    }

    for (const route of routes) {
      if (route.startsWith("/api/auth/")) continue; // next-auth's own endpoints: the sign-in spec covers them
      // As the app's own links send it: exports answer same-origin requests only (money-and-exports.spec.ts).
      let response = await client.get(addressOf(route), { maxRedirects: 0, headers: { "Sec-Fetch-Site": "same-origin" } });
      // A route that only takes a POST (a field entry sent back) is probed with one no schema accepts.
      if (response.status() === 405) {
        response = await client.post(addressOf(route), { maxRedirects: 0, headers: { "Sec-Fetch-Site": "same-origin", Origin: baseURL as string }, data: { accessMatrixProbe: 1 } });
      }
      const status = response.status();
      const allowed = allows(ROUTE_ACCESS[route]!, role);
      expectNoStackTrace(await response.text());
      if (status >= 500) wrong.push(`route ${route}: ${status}`);
      // Signed out, the proxy sends a visitor to sign in before the handler answers 401.
      else if (!allowed && (role ? status !== 403 : ![401, 307].includes(status))) wrong.push(`route ${route}: ${status}, expected ${role ? 403 : "401 or a redirect"}`);
      else if (allowed && (status === 401 || status === 403)) wrong.push(`route ${route}: ${status}, expected access`);
    }

    for (const action of actions) {
      // Signing out would end this very session; the sign-in spec covers it.
      if (action.key.endsWith("#signOut")) continue;
      const carrier = action.pages.find((path) => !path.includes("[")) ?? action.pages[0]!;
      // A probe no schema accepts: an allowed role gets a refusal of its input, and nothing is written.
      const response = await postServerAction(client, { path: addressOf(carrier), actionId: action.id, args: [{ accessMatrixProbe: 1 }], origin: baseURL as string });
      const body = await response.text();
      expectNoStackTrace(body);
      const allowed = allows(ACTION_ACCESS[action.key]!, role);
      const refusal = role ? t("errors.forbidden") : t("errors.signedOut");
      if (response.status() >= 500) wrong.push(`action ${action.key}: ${response.status()}`);
      else if (!allowed && !refusedWith(body, refusal)) wrong.push(`action ${action.key}: not refused`);
      else if (allowed && (refusedWith(body, t("errors.forbidden")) || refusedWith(body, t("errors.signedOut")))) wrong.push(`action ${action.key}: refused`);
      else if (body.includes('"ok":true')) wrong.push(`action ${action.key}: accepted a probe`);
    }
    expect(wrong).toEqual([]);
  });
}
