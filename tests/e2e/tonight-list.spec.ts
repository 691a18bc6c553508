// Tonight's list for 25 to 60 people: one line per visit, the visit's panel opening in place,
// a filter typed over the list, the counts always in view; a 1280 × 900 desk screen shows 40
// visits at once and neither the desk nor a 768 × 1024 tablet scrolls sideways.
import type { Page } from "@playwright/test";
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test } from "./support/fixtures.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";

const rows = (page: Page) => new TonightPage(page).visitList.getByRole("listitem");
const countsLine = (page: Page) => new TonightPage(page).countsLine;

/** /tonight with the night open, holding at least `wanted` visits, a few of them named people. */
async function tonightWithVisits(page: Page, wanted: number, named: string[]): Promise<void> {
  const tonight = new TonightPage(page);
  await tonight.open();
  for (const alias of named) {
    await tonight.searchBox.fill(alias);
    await tonight.newPersonButton.click();
    await page.getByRole("button", { name: t("participants.createAndCheckIn"), exact: true }).click();
    await expect(rows(page).filter({ hasText: alias })).toHaveCount(1);
  }
  for (let shown = await rows(page).count(); shown < wanted; shown += 1) {
    await tonight.anonymousButton.click();
    await expect(rows(page)).toHaveCount(shown + 1);
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, "the page is no wider than the screen").toBeLessThanOrEqual(clientWidth);
}

// Aliases hold at most 40 characters: long ones, to see them cut to their line.
const suffix = Date.now().toString(36).slice(-5);
const longAlias = `Marguerite-Éléonore des Rivières ${suffix}`;
const named = [longAlias, `Lune ${suffix}`, `Opale ${suffix}`];

test.describe("on a 1280 × 900 desk screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("40 visits show at once, one line each; a line opens its panel in place; the filter narrows the list", async ({ page }) => {
    await signIn(page, DEMO.STAFF);
    await tonightWithVisits(page, 40, named);
    await page.reload();
    await expect(rows(page).first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));

    // Forty lines in the first screen, none taller than a line of text and its marks.
    const first40 = await rows(page).evaluateAll((items) =>
      items.slice(0, 40).map((item) => {
        const box = item.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, height: box.height };
      }),
    );
    expect(first40).toHaveLength(40);
    for (const box of first40) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(900);
      expect(box.height).toBeLessThan(40);
    }
    await expectNoSidewaysScroll(page);

    // The long alias is cut to its line, not wrapped: the list keeps one line per visit.
    const longRow = rows(page).filter({ hasText: longAlias.slice(0, 10) });
    expect((await longRow.boundingBox())!.height).toBeLessThan(40);

    // A line is the button that opens its panel in place, right under it; one open at a time.
    const lune = rows(page).filter({ hasText: named[1]! });
    const opale = rows(page).filter({ hasText: named[2]! });
    await lune.locator(":scope > button").click();
    await expect(lune.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toBeVisible();
    await lune.getByRole("button", { name: t("enums.service.MEAL"), exact: true }).click();
    await expect(lune.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toHaveAttribute("aria-pressed", "true");
    // The line now carries the service as a small mark.
    await expect(lune.locator(":scope > button").getByTitle(t("enums.service.MEAL"), { exact: true })).toContainText(t("enums.serviceMark.MEAL"));
    await opale.locator(":scope > button").click();
    await expect(opale.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toBeVisible();
    await expect(lune.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // Typing filters the list: by alias, accents aside, and by code.
    const filter = page.getByRole("searchbox", { name: t("tonight.filterLabel") });
    await filter.fill("eleonore");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(longAlias.slice(0, 10));
    const code = ((await rows(page).first().locator(".font-mono").textContent()) ?? "").trim();
    await filter.fill(code.replace(/\s/g, ""));
    await expect(rows(page)).toHaveCount(1);
    await filter.fill("zzz-nobody");
    await expect(rows(page)).toHaveCount(0);
    await expect(page.getByText(t("tonight.filterNoMatch"))).toBeVisible();
    await filter.fill("");
    await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(40);

    // The counts stay in view at the bottom of the list.
    await rows(page).last().scrollIntoViewIfNeeded();
    await expect(countsLine(page)).toBeInViewport();
  });
});

test.describe("on a 768 × 1024 tablet", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test("the list and an open panel fit the width; lines are full-width touch targets", async ({ page }) => {
    await signIn(page, DEMO.STAFF);
    const tabletAlias = `Bernadette-Wilhelmine Sainte-Anne ${suffix}`;
    await tonightWithVisits(page, 25, [tabletAlias]);
    await expectNoSidewaysScroll(page);
    // The person registered at this desk has their panel open, for the services of the visit.
    const row = rows(page).filter({ hasText: tabletAlias });
    const line = row.locator(":scope > button");
    await expect(line).toHaveAttribute("aria-expanded", "true");
    await expect(row.getByRole("button", { name: t("tonight.addItem"), exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    // A line is a full-width touch target that closes and opens the panel.
    const box = (await line.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await line.tap();
    await expect(line).toHaveAttribute("aria-expanded", "false");
    await expect(row.getByRole("button", { name: t("tonight.addItem"), exact: true })).toHaveCount(0);
    await line.tap();
    await expect(row.getByRole("button", { name: t("tonight.addItem"), exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await rows(page).last().scrollIntoViewIfNeeded();
    await expect(countsLine(page)).toBeInViewport();
  });
});
