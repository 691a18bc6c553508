// The security baseline seen from outside: headers, the Origin check on every POST, and no
// request from any page to a host other than the app's own.
import { accountRow, DEMO, expect, expectNoSeriousA11yViolations, postServerAction, serverActionId, signIn, signOut, t, test } from "./support/fixtures.ts";

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
