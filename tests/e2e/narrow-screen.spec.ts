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

test("the coordinator's menu is grouped: one line on a desk screen, each group opening its pages in place", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, DEMO.COORDINATOR);
  const nav = page.getByRole("navigation", { name: t("nav.label") });
  // Twenty sections, one line of entries.
  expect((await nav.boundingBox())!.height).toBeLessThan(70);
  const programs = nav.getByRole("button", { name: new RegExp(`^${t("nav.groups.programs")}`) });
  await expect(nav.getByRole("link", { name: t("nav.stock"), exact: true })).toBeHidden();
  await programs.click();
  await expect(programs).toHaveAttribute("aria-expanded", "true");
  await expectNoSeriousA11yViolations(page);
  // One group open at a time.
  const admin = nav.getByRole("button", { name: t("nav.groups.admin"), exact: true });
  await admin.click();
  await expect(programs).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: t("nav.stock"), exact: true })).toBeHidden();
  // A click elsewhere closes it; choosing a page goes there and closes it too.
  await page.getByRole("heading", { level: 1 }).click();
  await expect(admin).toHaveAttribute("aria-expanded", "false");
  await programs.click();
  await nav.getByRole("link", { name: t("nav.stock"), exact: true }).click();
  await page.waitForURL(/\/stock$/);
  await expect(programs).toHaveAttribute("aria-expanded", "false");
});
