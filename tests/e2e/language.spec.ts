// French by default; the English switch is remembered for the person, not only the browser.
import { DEMO, expect, expectNoSeriousA11yViolations, expectNavigation, signIn, signOut, submitSignIn, t, test } from "./support/fixtures.ts";

test("switching to English changes the UI and is remembered for that person after sign-out and sign-in", async ({
  page,
  createAccount,
  newContext,
}) => {
  // An account of its own, so the demo accounts stay in French for the other tests.
  const account = await createAccount("STAFF", "language");
  await signIn(page, account);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const switchButton = page.getByRole("button", { name: t("language.switchLabel") });
  await expect(switchButton).toHaveText(t("language.switchTo"));

  await switchButton.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNavigation(page, "STAFF", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home.welcome", "en").replace("{name}", account.displayName));
  await expect(page.getByTestId("signed-in-as")).toContainText(t("roles.STAFF", "en"));
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await signOut(page, "en");

  // Another device with no language cookie: the sign-in page is French, the person's choice
  // comes back as soon as they sign in.
  const other = await (await newContext()).newPage();
  await other.goto("/sign-in");
  await expect(other.locator("html")).toHaveAttribute("lang", "fr");
  await expect(other.getByRole("heading", { level: 1, name: t("signIn.title") })).toBeVisible();
  await submitSignIn(other, account.username, account.password);
  await other.waitForURL((url) => url.pathname === "/");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await expectNavigation(other, "STAFF", "en");

  // The choice is this person's: a colleague on the same device still gets French.
  await signOut(other, "en");
  await signIn(other, DEMO.STAFF);
  await expect(other.locator("html")).toHaveAttribute("lang", "fr");
  await expectNavigation(other, "STAFF");
});
