// Stock: a distribution from a visit lowers the shelf and raises the low-stock badge;
// a PEER hands things out but never receives, counts, adjusts or passes a limit.
// The e2e database starts with every item stocked well above its threshold (nothing low).
import { DATED } from "./support/dated.ts";
import { DEMO, expect, expectNoSeriousA11yViolations, openVisit, postServerAction, serverActionId, signIn, t, test, tf } from "./support/fixtures.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";

const STOCK_ACTIONS = "app/(staff)/stock/actions.ts";

test("a distribution from a visit lowers the stock and the low-stock badge appears", DATED, async ({ page }) => {
  await signIn(page, DEMO.COORDINATOR);
  const tonight = new TonightPage(page);
  await expect(page.getByTestId("nav-badge")).toHaveCount(0);

  // A new item with a threshold of 5, and 6 units received.
  const name = `Baume E2E ${Date.now().toString(36)}`;
  await page.goto("/stock/items/new");
  await expectNoSeriousA11yViolations(page);
  await page.locator("#field-nameFr").fill(name);
  await page.locator("#field-nameEn").fill(`${name} en`);
  await page.locator("#field-lowStockThreshold").fill("5");
  await page.locator("#field-unitCost").fill("1,50");
  await page.getByRole("button", { name: t("stock.saveItem"), exact: true }).click();
  await page.waitForURL(/\/stock\/items\/[0-9a-f-]{36}$/);
  // The cost typed is the cost kept (the form sends what was typed; the server parses it once).
  await expect(page.locator("#field-unitCost")).toHaveValue("1.50");
  const itemId = page.url().split("/").pop()!;

  await page.goto("/stock/receive");
  await expectNoSeriousA11yViolations(page);
  await page.locator("#field-itemId").selectOption(itemId);
  await page.locator("#field-quantity").fill("6");
  await page.locator("#field-value").fill("9");
  await page.getByRole("button", { name: t("stock.receive"), exact: true }).click();
  await expect(page.getByText(t("stock.received"), { exact: true })).toBeVisible();

  await page.goto("/stock");
  await expectNoSeriousA11yViolations(page);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByRole("cell").nth(2)).toHaveText("6");
  await expect(page.getByTestId("nav-badge")).toHaveCount(0);

  // Hand two out from a visit.
  await tonight.open();
  const card = await tonight.countAnonymous();
  await card.getByRole("combobox", { name: new RegExp(`^${t("tonight.item")}`) }).selectOption(itemId);
  await card.getByRole("spinbutton").fill("2");
  await card.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(card.getByText(`2 × ${name}`)).toBeVisible();

  await page.goto("/stock");
  await expect(page.getByRole("row").filter({ hasText: name }).getByRole("cell").nth(2)).toHaveText("4");
  await expect(page.getByTestId("nav-badge")).toContainText("1");

  // Asking for more than is left is refused, naming the item and what remains.
  await tonight.open();
  const next = await tonight.countAnonymous();
  await next.getByRole("combobox", { name: new RegExp(`^${t("tonight.item")}`) }).selectOption(itemId);
  await next.getByRole("spinbutton").fill("5");
  await next.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(next.getByRole("alert")).toHaveText(tf("errors.notEnoughStock", { item: name, left: "4" }));

  // The count screen turns what is on the shelf into an adjustment.
  await page.goto("/stock/count");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("textbox", { name: new RegExp(`${name}`) }).fill("3");
  await page.getByRole("button", { name: t("stock.saveCount"), exact: true }).click();
  await expect(page.getByText(t("stock.counted"), { exact: true })).toBeVisible();
  await page.goto("/stock/ledger");
  await expect(page.getByRole("row").filter({ hasText: name }).filter({ hasText: t("stock.kinds.ADJUSTED") })).toContainText("-1");
});

test("a PEER hands items out but cannot receive, count, adjust or pass a limit", async ({ page, newContext }) => {
  // Staff set a limit of one safer-sex pamphlet per week, and register a participant tonight.
  const staffContext = await newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, DEMO.STAFF);
  await staff.goto("/stock");
  await staff.getByRole("link", { name: "Dépliant sexe sécuritaire", exact: true }).click();
  await staff.locator("#field-maxQuantity").fill("1");
  await staff.locator("#field-periodDays").fill("7");
  await staff.getByRole("button", { name: t("stock.saveLimit"), exact: true }).click();
  await expect(staff.getByText(t("stock.limitSaved"), { exact: true })).toBeVisible();
  const staffDesk = new TonightPage(staff);
  await staffDesk.open();
  const alias = `Limite ${Date.now().toString(36)}`;
  await staffDesk.searchBox.fill(alias);
  await staffDesk.newPersonButton.click();
  await staff.getByRole("button", { name: t("participants.createAndCheckIn"), exact: true }).click();
  await expect(staff.getByTestId("new-code")).toBeVisible();

  await signIn(page, DEMO.PEER);
  await expect(page.getByRole("link", { name: t("nav.stock"), exact: true })).toHaveCount(0);
  await page.goto("/tonight");
  const card = new TonightPage(page).visitCard(alias);
  await openVisit(card);
  const pamphlet = card.getByRole("combobox", { name: new RegExp(`^${t("tonight.item")}`) });
  const pamphletId = await pamphlet.locator("option", { hasText: "Dépliant sexe sécuritaire" }).getAttribute("value");
  await pamphlet.selectOption(pamphletId!);
  await card.getByRole("spinbutton").fill("1");
  await card.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(card.getByText("1 × Dépliant sexe sécuritaire")).toBeVisible();

  // The second pamphlet passes the limit: refused, and no way offered to override it.
  await pamphlet.selectOption(pamphletId!);
  await card.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(card.getByRole("alert")).toContainText(t("errors.limitNoOverride").split("«")[0]!.trim());
  await expect(card.getByText(t("stock.overrideReason"))).toHaveCount(0);
  await expect(card.getByText("× Dépliant sexe sécuritaire")).toHaveCount(1);

  // Stock pages are refused, and so are the actions posted directly.
  for (const path of ["/stock", "/stock/receive", "/stock/count", `/stock/items/${pamphletId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  const origin = new URL(page.url()).origin;
  for (const [name, input] of [
    ["receiveStock", { itemId: pamphletId, quantity: 100, source: "DONATED", receivedOn: "2026-11-20" }],
    ["countStock", { lines: [{ itemId: pamphletId, size: "", counted: 1000 }] }],
    ["discardStock", { itemId: pamphletId, quantity: 1, reason: "EXPIRED" }],
  ] as const) {
    const response = await postServerAction(page.request, { path: "/stock", actionId: serverActionId(STOCK_ACTIONS, name), args: [input], origin });
    const body = await response.text();
    expect(body, name).toContain(t("errors.forbidden"));
  }

  // Staff on the same visit may pass the limit with a reason.
  await staff.reload();
  const staffCard = staffDesk.visitCard(alias);
  await openVisit(staffCard);
  await staffCard.getByRole("combobox", { name: new RegExp(`^${t("tonight.item")}`) }).selectOption(pamphletId!);
  await staffCard.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await staffCard.getByLabel(t("stock.overrideReason")).fill("Atelier de ce soir");
  await staffCard.getByRole("button", { name: t("stock.giveAnyway"), exact: true }).click();
  await expect(staffCard.getByText("× Dépliant sexe sécuritaire")).toHaveCount(2);
});
