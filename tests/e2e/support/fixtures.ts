// What every end-to-end spec imports instead of @playwright/test:
// - `test` extended with `signInAs(role)`, `newContext()` (a second browser, e.g. a colleague's
//   tablet) and `createAccount(role)` (a coordinator creates a fresh account through the UI, so a
//   test that locks, disables or changes the language of an account never touches the demo users);
// - a guard on every browser context of every test: a request to a host other than localhost
//   fails the test (docs/roles-and-privacy.md, rule 10: no third-party requests from any page);
// - `expectNoSeriousA11yViolations(page)` (axe-core), `t(key)` for the visible French strings of
//   messages/fr.json, and helpers for the requests a browser would never send on its own.
// Nothing in the app is mocked: the tests drive the production build on a real database.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { test as base, expect, type APIRequestContext, type APIResponse, type BrowserContext, type BrowserContextOptions, type Locator, type Page, type Response } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_SIGN_INS } from "../../../prisma/seed/demo-users.ts";
import { CENTRE_TIME_ZONE, fakeClockLabel, testNow } from "../../support/test-clock.ts";

export { expect };

const repoFile = (relative: string) => new URL(`../../../${relative}`, import.meta.url);

// ---------------------------------------------------------------------------------------------
// Messages: the tests look for the app's own strings rather than copies of them.

type Messages = { [key: string]: string | Messages };

function loadMessages(locale: "fr" | "en"): Messages {
  return JSON.parse(readFileSync(repoFile(`messages/${locale}.json`), "utf8")) as Messages;
}

export const MESSAGES = { fr: loadMessages("fr"), en: loadMessages("en") };

/** A message by its dotted key, e.g. t("signIn.invalid"); throws on a missing key so a typo cannot pass. */
export function t(key: string, locale: "fr" | "en" = "fr"): string {
  let node: string | Messages | undefined = MESSAGES[locale];
  for (const part of key.split(".")) {
    node = typeof node === "object" ? node[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`No message "${key}" in messages/${locale}.json`);
  return node;
}

/** A message with its {placeholders} filled. */
export function tf(key: string, values: Record<string, string>, locale: "fr" | "en" = "fr"): string {
  return t(key, locale).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

// ---------------------------------------------------------------------------------------------
// Accounts

export type Role = "COORDINATOR" | "STAFF" | "HEALTH" | "PEER";
export const ROLES: readonly Role[] = ["COORDINATOR", "STAFF", "HEALTH", "PEER"];
export type Credentials = { username: string; password: string; role: Role; displayName: string };

export const DEMO: Record<Role, Credentials> = Object.fromEntries(
  DEMO_SIGN_INS.map((demo) => [demo.role, { ...demo }]),
) as Record<Role, Credentials>;

export const SESSION_COOKIE = "halte.session";

/**
 * What each role's navigation must show, in order: docs/roles-and-privacy.md written out by hand,
 * so that a section leaking into a role's menu (or vanishing from it) fails the tests. A group
 * (the coordinator's long menu is grouped) is one entry of the bar: `{ group: [its pages] }`.
 */
type NavEntryKeys = string | { [group: string]: string[] };
const NAV_BAR: Record<Role, NavEntryKeys[]> = {
  COORDINATOR: [
    "home",
    { frontDesk: ["tonight", "participants", "nights", "directory"] },
    { programs: ["referrals", "violence", "stock", "workshops", "volunteers", "outreach"] },
    "clinicFigures",
    { reports: ["reports", "costs"] },
    { admin: ["users", "settings", "audit", "incidents", "privacy"] },
    "account",
  ],
  STAFF: ["home", "tonight", "participants", "nights", "referrals", "directory", "violence", "stock", "workshops", "volunteers", "outreach", "reports", "account"],
  HEALTH: ["home", "participants", "directory", "violence", "workshops", "clinic", "reports", "account"],
  PEER: ["home", "tonight", "directory", "alerts", "workshops", "myShifts", "account"],
};

/** Every page label of the role's menu, groups opened, in the bar's order. */
export function navLabels(role: Role, locale: "fr" | "en" = "fr"): string[] {
  return NAV_BAR[role].flatMap((entry) => (typeof entry === "string" ? [entry] : Object.values(entry)[0]!)).map((key) => t(`nav.${key}`, locale));
}

/**
 * Checks the menu bar as a person sees it: its entries (pages and group buttons) in order, then
 * each group opened in turn, showing exactly its pages. A badge (low stock) may follow a label.
 */
export async function expectNavigation(page: Page, role: Role, locale: "fr" | "en" = "fr"): Promise<void> {
  const nav = page.getByRole("navigation", { name: t("nav.label", locale) });
  const starts = (label: string) => new RegExp(`^${label}`);
  const bar = NAV_BAR[role].map((entry) => (typeof entry === "string" ? t(`nav.${entry}`, locale) : t(`nav.groups.${Object.keys(entry)[0]}`, locale)));
  await expect(nav.locator(":scope > ul > li > a, :scope > ul > li > button")).toHaveText(bar.map(starts));
  for (const entry of NAV_BAR[role]) {
    if (typeof entry === "string") continue;
    const [group, pages] = Object.entries(entry)[0]!;
    const button = nav.getByRole("button", { name: starts(t(`nav.groups.${group}`, locale)) });
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link")).toHaveText(
      NAV_BAR[role].flatMap((other) => (typeof other === "string" ? [other] : other === entry ? pages : [])).map((key) => starts(t(`nav.${key}`, locale))),
    );
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
  }
}

/** Opens the menu's group holding `label` (the coordinator's grouped menu), then clicks the page. */
export async function goThroughNav(page: Page, label: string, locale: "fr" | "en" = "fr"): Promise<void> {
  const nav = page.getByRole("navigation", { name: t("nav.label", locale) });
  const link = nav.getByRole("link", { name: label, exact: true });
  if (!(await link.isVisible())) {
    const group = nav.locator("li", { has: page.getByRole("link", { name: label, exact: true, includeHidden: true }) }).getByRole("button");
    await group.click();
  }
  await link.click();
}

/** Opens a visit's panel in place (one line per visit; the panel of this desk's last check-in is open). */
export async function openVisit(card: Locator): Promise<void> {
  const line = card.locator(":scope > button");
  if ((await line.getAttribute("aria-expanded")) !== "true") await line.click();
  await expect(line).toHaveAttribute("aria-expanded", "true");
}

/** Fills and submits the sign-in form on the current page; resolves with next-auth's answer. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<Response> {
  await page.locator("#field-username").fill(username);
  await page.locator("#field-password").fill(password);
  const answer = page.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/api/auth/callback/credentials",
  );
  await page.getByRole("button", { name: t("signIn.submit"), exact: true }).click();
  return await answer;
}

/** Signs `page` in through the real form and waits for the staff shell. */
export async function signIn(page: Page, credentials: Pick<Credentials, "username" | "password" | "displayName">): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, credentials.username, credentials.password);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByTestId("signed-in-as")).toContainText(credentials.displayName);
}

export async function signOut(page: Page, locale: "fr" | "en" = "fr"): Promise<void> {
  await page.getByRole("button", { name: t("nav.signOut", locale), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
}

/** The visible message of a form (FormMessage and field errors use role="alert"). */
export function alertWithText(page: Page, text: string) {
  return page.getByRole("alert").filter({ hasText: text });
}

/** The row of the account list (/users) whose username cell is exactly `username`. */
export function accountRow(page: Page, username: string) {
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name: username, exact: true }) });
}

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** A coordinator creates the account through /users, as a person would. */
export async function createAccountThroughUi(
  page: Page,
  role: Role,
  purpose: string,
): Promise<Credentials> {
  const suffix = uniqueSuffix();
  const account: Credentials = {
    username: `e2e-${purpose}-${suffix}`.toLowerCase().slice(0, 64),
    password: `e2e-passphrase-${suffix}`,
    role,
    displayName: `E2E ${purpose} ${suffix}`.slice(0, 80),
  };
  if (new URL(page.url()).pathname !== "/users") await page.goto("/users");
  await page.locator("#field-displayName").fill(account.displayName);
  await page.locator("#field-username").fill(account.username);
  await page.locator("#field-role").selectOption(role);
  await page.locator("#field-password").fill(account.password);
  await page.getByRole("button", { name: t("users.create"), exact: true }).click();
  await expect(page.getByText(t("users.created"), { exact: true })).toBeVisible();
  return account;
}

// ---------------------------------------------------------------------------------------------
// Requests a browser would not send on its own

/** The id Next gave a server action in this build (from .next/server/server-reference-manifest.json). */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(repoFile(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} of ${file} in this build`);
  return found[0];
}

/** Calls a server action the way Next's client does (same Origin, JSON arguments), from any script. */
export async function postServerAction(
  request: APIRequestContext,
  options: { path: string; actionId: string; args: unknown[]; origin: string | null },
): Promise<APIResponse> {
  const headers: Record<string, string> = {
    "Next-Action": options.actionId,
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
  };
  if (options.origin !== null) headers.Origin = options.origin;
  return await request.post(options.path, { headers, data: JSON.stringify(options.args), maxRedirects: 0 });
}

/** A stack trace or a server path in what a person or a script receives means an error leaked. */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
  expect(text).not.toMatch(/node_modules|\.next\/server|webpack-internal|turbopack/);
  expect(text).not.toMatch(/\b(TypeError|ReferenceError|PrismaClient\w*Error|ZodError)\b/);
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/** axe-core on the page as it is now; fails on any "serious" or "critical" violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const found = blocking.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  if (found.length > 0) console.log(`axe on ${page.url()}:\n  ${found.join("\n  ")}`);
  expect(found, `serious or critical accessibility violations on ${page.url()}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Third-party request guard

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isForeign(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(parsed.protocol)) return false; // data:, blob:, about:
  return !LOCAL_HOSTS.has(parsed.hostname);
}

function watchRequests(context: BrowserContext, foreign: string[], messageErrors: string[]): void {
  context.on("request", (request) => {
    if (isForeign(request.url())) foreign.push(`${request.method()} ${request.url()}`);
  });
  // next-intl reports a message it cannot show (a key that is not one, a namespace the page's
  // <ClientMessages> does not send, a value a message cannot format) with console.error and
  // shows the key instead: in the browser, where a client component renders again on hydration.
  context.on("console", (message) => {
    if (message.type() === "error" && NEXT_INTL_ERROR.test(message.text())) messageErrors.push(`${message.location().url}: ${message.text().split("\n")[0]}`);
  });
}

const NEXT_INTL_ERROR = /\b(MISSING_MESSAGE|FORMATTING_ERROR|INSUFFICIENT_PATH|INVALID_MESSAGE|INVALID_KEY|ENVIRONMENT_FALLBACK)\b/;

// ---------------------------------------------------------------------------------------------
// The browser's clock

/**
 * Under the harness's test clock (HALTE_TEST_CLOCK) the browser stands at the server's instant,
 * so what a page computes for "today" agrees with the server. install() lets fake time run on
 * with real time (timers, React transitions, debounced search keep working); only the start moves.
 */
async function shareTheClock(context: BrowserContext): Promise<void> {
  if (fakeClockLabel()) await context.clock.install({ time: testNow() });
}

// ---------------------------------------------------------------------------------------------
// Fixtures (`provide` is Playwright's `use`, renamed so that React's lint rules leave it alone)

type Fixtures = {
  /** Requests any context of this test sent to a host other than localhost; must stay empty. */
  foreignRequests: string[];
  /** Messages next-intl could not show in any page of this test; must stay empty. */
  messageErrors: string[];
  /** A new browser context (another device), watched like the default one and closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** Signs the test's `page` in as the demo account of `role`. */
  signInAs: (role: Role) => Promise<Page>;
  /** A fresh account of `role`, created by the demo coordinator through /users in a context of its own. */
  createAccount: (role: Role, purpose: string) => Promise<Credentials>;
};

export const test = base.extend<Fixtures>({
  foreignRequests: [
    async ({}, provide) => {
      const foreign: string[] = [];
      await provide(foreign);
      expect(foreign, "requests that left for a host other than localhost").toEqual([]);
    },
    { auto: true },
  ],

  messageErrors: [
    async ({}, provide) => {
      const errors: string[] = [];
      await provide(errors);
      expect(errors, "messages next-intl could not show").toEqual([]);
    },
    { auto: true },
  ],

  context: async ({ context, foreignRequests, messageErrors }, provide) => {
    watchRequests(context, foreignRequests, messageErrors);
    await shareTheClock(context);
    await provide(context);
  },

  newContext: async ({ browser, baseURL, foreignRequests, messageErrors }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext({ baseURL, locale: "fr-CA", timezoneId: CENTRE_TIME_ZONE, ...options });
      watchRequests(context, foreignRequests, messageErrors);
      await shareTheClock(context);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },

  signInAs: async ({ page }, provide) => {
    await provide(async (role) => {
      await signIn(page, DEMO[role]);
      return page;
    });
  },

  createAccount: async ({ newContext }, provide) => {
    await provide(async (role, purpose) => {
      const context = await newContext();
      const page = await context.newPage();
      try {
        await signIn(page, DEMO.COORDINATOR);
        return await createAccountThroughUi(page, role, purpose);
      } finally {
        await context.close();
      }
    });
  },
});
