// Staff sign-in: each role's navigation, refusals, the lockout, bad input and sign-out.
import {
  accountRow,
  alertWithText,
  createAccountThroughUi,
  DEMO,
  expect,
  expectNoSeriousA11yViolations,
  expectNoStackTrace,
  expectNavigation,
  goThroughNav,
  ROLES,
  sessionCookie,
  signIn,
  signOut,
  submitSignIn,
  t,
  test,
} from "./support/fixtures.ts";

test.describe("each role signs in and sees exactly its own navigation", () => {
  for (const role of ROLES) {
    test(`${role}`, async ({ page, signInAs }) => {
      await signInAs(role);
      await expect(page.getByTestId("signed-in-as")).toHaveText(`${DEMO[role].displayName} · ${t(`roles.${role}`)}`);

      await expectNavigation(page, role);
      // Not in the navigation, nor anywhere else on the page. The home page no longer repeats the
      // menu (its items are the shift's, none of them the accounts), so the coordinator's one link
      // to /users is the navigation's.
      await expect(page.locator('a[href^="/users"]')).toHaveCount(role === "COORDINATOR" ? 1 : 0);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t("home.welcome").replace("{name}", DEMO[role].displayName),
      );
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test("the sign-in page passes the accessibility check", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: t("signIn.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expectNoSeriousA11yViolations(page);
});

test("a wrong password is refused with a message and opens no session", async ({ page, context }) => {
  await page.goto("/sign-in");
  const answer = await submitSignIn(page, DEMO.STAFF.username, "not-the-right-password");
  expect(answer.status()).toBeLessThan(500);
  await expect(alertWithText(page, t("signIn.invalid"))).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await sessionCookie(context)).toBeUndefined();
  // The form with its error message is accessible too.
  await expectNoSeriousA11yViolations(page);

  // An unknown username gets the very same answer: no way to learn which usernames exist.
  await submitSignIn(page, "nobody-by-this-name", "not-the-right-password");
  await expect(alertWithText(page, t("signIn.invalid"))).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("after five wrong passwords the sixth attempt is locked out, even with the right password", async ({
  page,
  context,
  createAccount,
}) => {
  // An account of its own: the demo accounts must keep signing in for the other tests.
  const account = await createAccount("STAFF", "lockout");
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitSignIn(page, account.username, `wrong-password-${attempt}`);
    await expect(alertWithText(page, t("signIn.invalid"))).toBeVisible();
  }
  await submitSignIn(page, account.username, account.password);
  await expect(alertWithText(page, t("signIn.locked"))).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  // Still locked on a fresh page load, and the lock is per username: others sign in as usual.
  await submitSignIn(page, account.username, account.password);
  await expect(alertWithText(page, t("signIn.locked"))).toBeVisible();
  await signIn(page, DEMO.STAFF);
});

test("a 10,000-character username is refused with a message and no stack trace", async ({ page, context, baseURL }) => {
  const huge = "a".repeat(10_000);
  await page.goto("/sign-in");
  await page.locator("#field-username").fill(huge);
  await page.locator("#field-password").fill("some-password-1234");
  await page.getByRole("button", { name: t("signIn.submit"), exact: true }).click();
  await expect(alertWithText(page, t("validation.tooLong"))).toBeVisible();
  expectNoStackTrace(await page.locator("body").innerText());
  expect(await sessionCookie(context)).toBeUndefined();

  // A script that skips the form's own check meets the same refusal on the server.
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    headers: { Origin: baseURL as string },
    form: { username: huge, password: "some-password-1234", csrfToken: csrf.csrfToken, callbackUrl: `${baseURL}/`, json: "true" },
    maxRedirects: 0,
  });
  const body = await response.text();
  expect(response.status(), body.slice(0, 300)).toBeLessThan(500);
  expect(body).toContain("error=invalid");
  expectNoStackTrace(body);
  expect(await sessionCookie(context)).toBeUndefined();

  // Nothing was locked by it: the page still works for a real person.
  await page.goto("/sign-in");
  await submitSignIn(page, "a".repeat(64), "some-password-1234");
  await expect(alertWithText(page, t("signIn.invalid"))).toBeVisible();
});

test("signing out ends the session on the server: the old cookie is refused afterwards", async ({
  page,
  context,
  signInAs,
  newContext,
}) => {
  await signInAs("HEALTH");
  const cookie = await sessionCookie(context);
  expect(cookie, "session cookie after sign-in").toBeDefined();
  if (!cookie) return;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");

  // While the session lives, the cookie alone is enough (which is why sign-out must end it server-side).
  const copy = await newContext();
  await copy.addCookies([cookie]);
  const copyPage = await copy.newPage();
  await copyPage.goto("/");
  await expect(copyPage.getByTestId("signed-in-as")).toContainText(DEMO.HEALTH.displayName);

  await signOut(page);
  expect(await sessionCookie(context)).toBeUndefined();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  // The copied cookie, in a fresh context, is worth nothing now.
  const replay = await newContext();
  await replay.addCookies([cookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/");
  await expect(replayPage).toHaveURL(/\/sign-in$/);
  await expect(replayPage.getByTestId("signed-in-as")).toHaveCount(0);
  await copyPage.goto("/account");
  await expect(copyPage).toHaveURL(/\/sign-in$/);
});

test("a coordinator creates an account and that person signs in with it", async ({ page, signInAs, newContext }) => {
  await signInAs("COORDINATOR");
  await goThroughNav(page, t("nav.users"));
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: t("users.title") })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const account = await createAccountThroughUi(page, "HEALTH", "created");
  const row = accountRow(page, account.username);
  await expect(row).toContainText(t("roles.HEALTH"));
  await expect(row).toContainText(t("users.active"));

  // The same username twice is refused with a message, and nothing is created.
  await page.locator("#field-displayName").fill("Doublon");
  await page.locator("#field-username").fill(account.username);
  await page.locator("#field-password").fill("another-passphrase-1");
  await page.getByRole("button", { name: t("users.create"), exact: true }).click();
  await expect(alertWithText(page, t("errors.usernameTaken")).first()).toBeVisible();
  await expect(accountRow(page, account.username)).toHaveCount(1);

  // The account's own page.
  await row.getByRole("link", { name: account.displayName }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: account.displayName })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const theirs = await (await newContext()).newPage();
  await signIn(theirs, account);
  await expect(theirs.getByTestId("signed-in-as")).toContainText(t("roles.HEALTH"));
  await expectNavigation(theirs, "HEALTH");
});

test("a coordinator disables an account signed in elsewhere: its next request lands on sign-in", async ({
  page,
  signInAs,
  createAccount,
  newContext,
}) => {
  const account = await createAccount("PEER", "disabled");
  const theirs = await (await newContext()).newPage();
  await signIn(theirs, account);

  await signInAs("COORDINATOR");
  await page.goto("/users");
  await accountRow(page, account.username).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: account.displayName })).toBeVisible();
  await page.getByRole("button", { name: t("users.disable"), exact: true }).click();
  await expect(page.getByText(t("users.disabledDone"))).toBeVisible();
  await expect(page.getByRole("button", { name: t("users.enable"), exact: true })).toBeVisible();

  await theirs.goto("/account");
  await expect(theirs).toHaveURL(/\/sign-in$/);
  await expect(theirs.getByTestId("signed-in-as")).toHaveCount(0);
  // And the account cannot sign in again, with the same message as a wrong password.
  await submitSignIn(theirs, account.username, account.password);
  await expect(alertWithText(theirs, t("signIn.invalid"))).toBeVisible();
  await expect(theirs).toHaveURL(/\/sign-in$/);
});

test("a coordinator's reset is a one-time password, and the health team sees it on their home page", async ({
  page,
  signInAs,
  createAccount,
  newContext,
}) => {
  const account = await createAccount("HEALTH", "reset");
  await signInAs("COORDINATOR");
  await page.goto("/users");
  await accountRow(page, account.username).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: account.displayName })).toBeVisible();
  const oneTime = "a-one-time-passphrase-42";
  await page.locator("#field-password").fill(oneTime);
  await page.getByRole("button", { name: t("users.resetPassword"), exact: true }).click();
  await expect(page.getByText(t("users.passwordReset"))).toBeVisible();

  // The person signs in with it and lands on the forced screen; no staff page opens before it.
  const theirs = await (await newContext()).newPage();
  await theirs.goto("/sign-in");
  await submitSignIn(theirs, account.username, oneTime);
  await theirs.waitForURL((url) => url.pathname === "/sign-in/new-password");
  await expect(theirs.getByRole("heading", { level: 1, name: t("newPassword.title") })).toBeVisible();
  await expectNoSeriousA11yViolations(theirs);
  await theirs.goto("/clinic");
  await expect(theirs).toHaveURL(/\/sign-in\/new-password$/);

  const own = "a-passphrase-only-she-knows";
  await theirs.locator("#field-currentPassword").fill(oneTime);
  await theirs.locator("#field-newPassword").fill(own);
  await theirs.getByRole("button", { name: t("account.changePassword"), exact: true }).click();
  await theirs.waitForURL((url) => url.pathname === "/");
  await expect(theirs.getByTestId("signed-in-as")).toContainText(account.displayName);

  // Her home page lists the reset: what, whose account, by whom.
  const list = theirs.getByTestId("health-access");
  await expect(list.getByRole("heading", { name: t("home.healthAccess.heading") })).toBeVisible();
  const row = list.getByRole("row").filter({ hasText: t("home.healthAccess.kind.password-reset") }).filter({ hasText: account.username });
  await expect(row).toContainText(DEMO.COORDINATOR.displayName);
  await expect(list.getByRole("row").filter({ hasText: t("home.healthAccess.kind.created") }).filter({ hasText: account.username })).toHaveCount(1);
  await expectNoSeriousA11yViolations(theirs);
});
