// Kits (issue 16 part 3): the coordinator defines a kit on /stock/kits; at the desk one tap on a
// visit records its services and items at once, and the stock page shows each item lowered by
// the kit's quantity. A kit over what the shelf holds is refused naming the item, nothing written.
// The e2e database starts with every item stocked well above its threshold and no kit.
import type { Locator, Page } from "@playwright/test";
import { DATED } from "./support/dated.ts";
import { DEMO, expect, expectNoSeriousA11yViolations, openVisit, signIn, t, test, tf } from "./support/fixtures.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";

const onHand = async (page: Page, key: string) => Number(await page.getByTestId(`on-hand-${key}`).textContent());

/** Adds an item line to the new-kit form: the item by its name, and its quantity typed once. */
async function addLine(form: Locator, index: number, itemName: string, quantity: string) {
  await form.getByRole("button", { name: t("kits.addLine"), exact: true }).click();
  const line = form.getByRole("listitem").nth(index);
  await line.getByRole("combobox", { name: t("kits.item"), exact: true }).selectOption({ label: itemName });
  await line.getByRole("textbox", { name: t("kits.quantity"), exact: true }).fill(quantity);
}

test("a kit recorded in one tap lowers the stock of each item", DATED, async ({ page }) => {
  await signIn(page, DEMO.COORDINATOR);
  const tonight = new TonightPage(page);
  await page.goto("/stock");
  const before = { condoms: await onHand(page, "condoms"), soap: await onHand(page, "soap"), shaving: await onHand(page, "shaving-cream") };
  // The shelf holds fewer than a kit line may ask (100): the second kit cannot be given.
  expect(before.shaving).toBeLessThan(100);

  // The coordinator defines the kit: a meal, 3 condoms and 2 bars of soap.
  await page.getByRole("link", { name: t("stock.kits"), exact: true }).click();
  await page.waitForURL(/\/stock\/kits$/);
  await expectNoSeriousA11yViolations(page);
  const suffix = Date.now().toString(36);
  const kit = { fr: `Trousse E2E ${suffix}`, en: `E2E kit ${suffix}` };
  const form = page.locator("section[aria-labelledby=new-kit-heading]");
  await form.getByLabel(t("kits.nameFr"), { exact: true }).fill(kit.fr);
  await form.getByLabel(t("kits.nameEn"), { exact: true }).fill(kit.en);
  await form.getByRole("checkbox", { name: t("enums.service.MEAL"), exact: true }).check();
  await addLine(form, 0, "Condoms", "3");
  await addLine(form, 1, "Savon", "2");
  await form.getByRole("button", { name: t("kits.save"), exact: true }).click();
  await expect(form.getByText(t("kits.saved"), { exact: true })).toBeVisible();
  const listed = page.getByTestId("kit-list").getByRole("listitem", { name: kit.fr, exact: true });
  await expect(listed).toContainText(`${t("enums.service.MEAL")} · 3 × Condoms · 2 × Savon`);

  // At the desk: one tap on the kit, on the visit of a person just checked in.
  await tonight.open();
  const alias = `Kit ${suffix}`;
  const card = await tonight.checkInNewcomer(alias);
  await expectNoSeriousA11yViolations(page);
  await card.getByRole("button", { name: tf("kits.applyFor", { kit: kit.fr, name: alias }), exact: true }).click();
  await expect(card.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByRole("list", { name: t("tonight.items") })).toContainText("3 × Condoms");
  await expect(card.getByRole("list", { name: t("tonight.items") })).toContainText("2 × Savon");

  await page.goto("/stock");
  expect(await onHand(page, "condoms")).toBe(before.condoms - 3);
  expect(await onHand(page, "soap")).toBe(before.soap - 2);

  // A kit asking more than the shelf holds is refused, naming the item; nothing is written.
  await page.goto("/stock/kits");
  const big = { fr: `Grosse trousse E2E ${suffix}`, en: `Big E2E kit ${suffix}` };
  await form.getByLabel(t("kits.nameFr"), { exact: true }).fill(big.fr);
  await form.getByLabel(t("kits.nameEn"), { exact: true }).fill(big.en);
  await form.getByRole("checkbox", { name: t("enums.service.SNACK"), exact: true }).check();
  await addLine(form, 0, "Condoms", "1");
  await addLine(form, 1, "Crème à raser", "100");
  await form.getByRole("button", { name: t("kits.save"), exact: true }).click();
  await expect(form.getByText(t("kits.saved"), { exact: true })).toBeVisible();
  await tonight.open();
  const again = tonight.visitCard(alias);
  await openVisit(again);
  await again.getByRole("button", { name: tf("kits.applyFor", { kit: big.fr, name: alias }), exact: true }).click();
  await expect(again.getByRole("alert")).toHaveText(tf("errors.notEnoughStock", { item: "Crème à raser", left: String(before.shaving) }));
  await expect(again.getByRole("button", { name: t("enums.service.SNACK"), exact: true })).toHaveAttribute("aria-pressed", "false");
  await page.goto("/stock");
  expect(await onHand(page, "condoms")).toBe(before.condoms - 3);
  expect(await onHand(page, "shaving-cream")).toBe(before.shaving);

  // Retired, a kit leaves the desk (and leaves the other specs' visit cards as they were).
  await page.goto("/stock/kits");
  for (const name of [kit.fr, big.fr]) {
    await page.getByRole("button", { name: `${t("kits.retire")} : ${name}`, exact: true }).click();
    await expect(page.getByTestId("kit-list").getByRole("listitem", { name, exact: true })).toContainText(t("kits.retiredBadge"));
  }
  await tonight.open();
  const last = tonight.visitCard(alias);
  await openVisit(last);
  for (const name of [kit.fr, big.fr]) await expect(last.getByRole("button", { name: tf("kits.applyFor", { kit: name, name: alias }), exact: true })).toHaveCount(0);
});
