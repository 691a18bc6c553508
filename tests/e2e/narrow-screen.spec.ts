// On a phone the navigation is one "Menu" button, not a third of the screen of
// links; from 640 px on, every entry is there as before.
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test } from "./support/fixtures.ts";

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the navigation folds behind a Menu button that opens it, and closes once a page is chosen", async ({ page }) => {
    await signIn(page, DEMO.STAFF);
    const nav = page.getByRole("navigation", { name: t("nav.label") });
    const menu = nav.getByRole("button", { name: t("nav.menu"), exact: true });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: t("nav.tonight"), exact: true })).toBeHidden();
    // Closed, the navigation is one row: the page's title is in the first screen.
    expect((await nav.boundingBox())!.height).toBeLessThan(70);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expectNoSeriousA11yViolations(page);
    await nav.getByRole("link", { name: t("nav.tonight"), exact: true }).click();
    await page.waitForURL(/\/tonight$/);
    await expect(nav.getByRole("link", { name: t("nav.tonight"), exact: true })).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
});

test("on a desk screen every entry is visible and there is no Menu button", async ({ page }) => {
  await signIn(page, DEMO.STAFF);
  const nav = page.getByRole("navigation", { name: t("nav.label") });
  await expect(nav.getByRole("button", { name: t("nav.menu"), exact: true })).toBeHidden();
  await expect(nav.getByRole("link", { name: t("nav.tonight"), exact: true })).toBeVisible();
});
