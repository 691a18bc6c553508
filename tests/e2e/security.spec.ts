// The security baseline seen from outside: headers, the Origin check on every POST, and no
// request from any page to a host other than the app's own; for each role, a walk through every
// page of its navigation (and a few pages they link to) checking the CSP nonce and directives,
// HSTS, no-store, the cookie flags, CSP refusals in the browser and every request's host.
import type { Response } from "@playwright/test";
import {
  accountRow,
  DEMO,
  expect,
  expectNoSeriousA11yViolations,
  navLabels,
  postServerAction,
  ROLES,
  serverActionId,
  SESSION_COOKIE,
  signIn,
  signOut,
  t,
  test,
} from "./support/fixtures.ts";

test("security headers on /sign-in: a strict CSP with a per-request nonce, nosniff, no referrer, noindex, no-store", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-powered-by"]).toBeUndefined();

  // The nonce is new for every response, and it is the one the page's scripts carry.
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);
  const second = await request.get("/sign-in");
  expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);
});

test("authenticated pages are no-store and noindex too", async ({ page, signInAs }) => {
  await signInAs("STAFF");
  for (const path of ["/", "/account"]) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    expect(headers["cache-control"], path).toContain("no-store");
    expect(headers["x-robots-tag"], path).toContain("noindex");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test.describe("a POST with a foreign or null Origin is refused with 403", () => {
  for (const origin of ["https://evil.example", "null"]) {
    test(`Origin: ${origin}`, async ({ request }) => {
      for (const path of ["/", "/sign-in", "/users", "/api/auth/callback/credentials"]) {
        const response = await request.post(path, {
          headers: { Origin: origin },
          form: { username: DEMO.COORDINATOR.username, password: DEMO.COORDINATOR.password },
          maxRedirects: 0,
        });
        expect(response.status(), `${origin} → POST ${path}`).toBe(403);
      }
      const action = await postServerAction(request, {
        path: "/sign-in",
        actionId: serverActionId("app/sign-in/actions.ts", "setSignInLanguage"),
        args: [{ locale: "en" }],
        origin,
      });
      expect(action.status()).toBe(403);
      expect(await action.text()).toContain("Requête refusée");
      expect(action.headers()["set-cookie"] ?? "").not.toContain("halte.locale");
    });
  }

  test("a server action posted with no Origin at all", async ({ request }) => {
    const action = await postServerAction(request, {
      path: "/sign-in",
      actionId: serverActionId("app/sign-in/actions.ts", "setSignInLanguage"),
      args: [{ locale: "en" }],
      origin: null,
    });
    expect(action.status()).toBe(403);
  });

  test("while the same POSTs from the app's own origin are not refused by the origin check", async ({ request, baseURL }) => {
    const action = await postServerAction(request, {
      path: "/sign-in",
      actionId: serverActionId("app/sign-in/actions.ts", "setSignInLanguage"),
      args: [{ locale: "en" }],
      origin: baseURL as string,
    });
    expect(action.status()).toBe(200);
    expect(await action.text()).toContain('"ok":true');
  });
});

test("no request leaves for a host other than localhost while browsing every page", async ({ page, context, newContext }) => {
  const seen: string[] = [];
  context.on("request", (request) => seen.push(request.url()));

  await page.goto("/sign-in");
  await page.waitForLoadState("networkidle");
  await signIn(page, DEMO.COORDINATOR);
  const visited = ["/", "/users", "/account"];
  for (const path of visited) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await page.goto("/users");
  await accountRow(page, DEMO.PEER.username).getByRole("link").click();
  await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
  await page.waitForLoadState("networkidle");

  // The account page is reached here and nowhere else: check it too.
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: t("account.title") })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Client-side navigation through the menu, then sign-out.
  await page.getByRole("navigation", { name: t("nav.label") }).getByRole("link", { name: t("nav.home") }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.waitForLoadState("networkidle");
  await signOut(page);
  await page.waitForLoadState("networkidle");

  // The 403 page, as a PEER.
  const peer = await newContext();
  peer.on("request", (request) => seen.push(request.url()));
  const peerPage = await peer.newPage();
  await signIn(peerPage, DEMO.PEER);
  await peerPage.goto("/users");
  await peerPage.waitForLoadState("networkidle");

  // The recording saw the app's own scripts and styles, and nothing else.
  expect(seen.some((url) => url.includes("/_next/static/"))).toBe(true);
  const foreign = seen.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return (protocol === "http:" || protocol === "https:") && hostname !== "localhost";
  });
  expect(foreign).toEqual([]);
});

// The headers every HTML page must carry, checked on each document a walk below loads.
async function expectSecurityHeaders(response: Response, where: string): Promise<void> {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values] as const),
  );
  const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(directives.get("script-src")?.join(" ") ?? "")?.[1];
  expect(nonce, `${where}: script nonce`).toBeDefined();
  expect(directives.get("default-src"), where).toEqual(["'self'"]);
  // Tonight's page alone may compile WebAssembly (the camera's card decoder); never JavaScript eval.
  const tonight = new URL(response.url()).pathname === "/tonight";
  expect(directives.get("script-src"), where).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(tonight ? ["'wasm-unsafe-eval'"] : [])]);
  expect(directives.get("style-src"), where).toEqual(["'self'", `'nonce-${nonce}'`]);
  expect(directives.get("connect-src"), where).toEqual(["'self'"]);
  expect(directives.get("font-src"), where).toEqual(["'self'"]);
  expect(directives.get("img-src"), where).toEqual(["'self'", "data:", "blob:"]);
  expect(directives.get("object-src"), where).toEqual(["'none'"]);
  expect(directives.get("base-uri"), where).toEqual(["'none'"]);
  expect(directives.get("form-action"), where).toEqual(["'self'"]);
  expect(directives.get("frame-ancestors"), where).toEqual(["'none'"]);
  // No other host is ever allowed, and nothing unsafe.
  expect(csp.replace(tonight ? " 'wasm-unsafe-eval'" : "", ""), where).not.toMatch(/https?:|\*|'unsafe-|wasm/);
  // Every script tag of the page carries this response's nonce (none could run otherwise).
  const html = await response.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length, `${where}: scripts`).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag, where).toContain(`nonce="${nonce}"`);

  const hsts = headers["strict-transport-security"] ?? "";
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0), `${where}: HSTS max-age`).toBeGreaterThanOrEqual(31_536_000);
  expect(hsts, where).toContain("includeSubDomains");
  expect(headers["cache-control"], where).toContain("no-store");
  expect(headers["x-robots-tag"], where).toContain("noindex");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("no-referrer");
  expect(headers["x-powered-by"], where).toBeUndefined();
}

const SKIP_LINK = /export|download|\.csv|print|sign-?out|\/api\//i;

for (const role of ROLES) {
  test(`${role}: every page of the navigation and a few of their links carry the security headers and request no other host`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // Every request of the walk, whatever its type (documents, scripts, styles, images, fetches).
    const seen: string[] = [];
    context.on("request", (request) => seen.push(request.url()));
    const cspViolations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text())) cspViolations.push(message.text());
    });

    await signIn(page, DEMO[role]);

    // Cookies: none readable by scripts that matter, none sent cross-site.
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    expect(session, "session cookie").toBeDefined();
    for (const cookie of cookies) {
      expect(["Lax", "Strict"], `${cookie.name} SameSite`).toContain(cookie.sameSite);
      expect(cookie.path, cookie.name).toBe("/");
      expect(cookie.domain.replace(/^\./, ""), cookie.name).toBe("localhost");
      if (/session|csrf/i.test(cookie.name)) expect(cookie.httpOnly, `${cookie.name} HttpOnly`).toBe(true);
    }
    // The session cookie lives no longer than a session's 12-hour maximum.
    if (session && session.expires > 0) expect(session.expires * 1000).toBeLessThanOrEqual(Date.now() + 12 * 3600_000 + 60_000);

    // The pages this role's menu offers, read from the page itself: sections added later are walked too.
    const nav = page.getByRole("navigation", { name: t("nav.label") });
    // Every page of the menu, closed groups' included.
    const navPaths = [...new Set(await nav.locator("a[href]").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)))];
    expect(navPaths.length).toBe(navLabels(role).length);

    const visited = new Set<string>();
    const visit = async (path: string) => {
      visited.add(path);
      const response = await page.goto(path);
      expect(response, path).not.toBeNull();
      expect(response!.status(), path).toBeLessThan(400);
      await expectSecurityHeaders(response!, `${role} ${path}`);
      await page.waitForLoadState("networkidle");
    };
    for (const path of navPaths) {
      await visit(path);
      // Up to two pages each list leads to (a profile, a night, an account…), same origin only.
      const links = await page
        .locator("main a[href]")
        .evaluateAll((anchors) => anchors.filter((a) => !(a as HTMLAnchorElement).hasAttribute("download")).map((a) => (a as HTMLAnchorElement).href));
      const next = [...new Set(links)]
        .filter((href) => href.startsWith(baseURL as string))
        .map((href) => new URL(href).pathname + new URL(href).search)
        .filter((target) => !visited.has(target) && !navPaths.includes(target) && !SKIP_LINK.test(target))
        .slice(0, 2);
      for (const target of next) await visit(target);
    }
    expect(visited.size).toBeGreaterThanOrEqual(navPaths.length);

    expect(cspViolations, "the browser refused something under the CSP").toEqual([]);
    expect(seen.some((url) => url.includes("/_next/static/"))).toBe(true);
    const foreign = seen.filter((url) => {
      const { protocol, host } = new URL(url);
      return ["http:", "https:", "ws:", "wss:"].includes(protocol) && host !== new URL(baseURL as string).host;
    });
    expect(foreign, "requests to a host other than the app's").toEqual([]);
  });
}
