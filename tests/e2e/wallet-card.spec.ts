// A card, if the person wants one: the printable wallet card, and the card at the
// desk, read by a USB scanner (a keyboard that types the code, then Enter, faster than anyone).
// Opens tonight's night itself, as every front-desk spec does, so it runs alone or after any
// other spec on the shared database.
import type { Page } from "@playwright/test";
import { checkCharacter, CODE_ALPHABET } from "../../lib/participants/code-check.ts";
import { alertWithText, DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test, tf } from "./support/fixtures.ts";
import { ParticipantsPage, type Participant } from "./support/pages/participants-page.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";
import { formatCode } from "./support/text.ts";

const searchBox = (page: Page) => new TonightPage(page).searchBox;
const countsLine = (page: Page) => new TonightPage(page).countsLine;
const visitList = (page: Page) => new TonightPage(page).visitList;
const checkInPanel = (page: Page) => new TonightPage(page).checkInPanel;
const register = (page: Page, alias: string): Promise<Participant> => new ParticipantsPage(page).register(alias);

/** /tonight with the night open, the search box ready for a scan. */
async function openTonight(page: Page): Promise<void> {
  await new TonightPage(page).open();
  await expect(searchBox(page)).toBeFocused();
}

/** As a USB scanner: every character at once, then Enter, before the search has answered. */
async function scan(page: Page, text: string): Promise<void> {
  await searchBox(page).focus();
  await page.keyboard.type(text, { delay: 0 });
  await page.keyboard.press("Enter");
}

/** A code with a right check character that nobody holds (the alphabet's last payloads are unused here). */
function unusedCode(taken: string[]): string {
  for (let index = 0; ; index++) {
    const payload = `ZZZ${CODE_ALPHABET[index % 32]}${CODE_ALPHABET[Math.floor(index / 32) % 32]}`;
    const code = payload + checkCharacter(payload);
    if (!taken.includes(code)) return code;
  }
}

test("a wallet card shows the code three ways and nothing else, the alias only on request", async ({ signInAs }) => {
  const page = await signInAs("STAFF");
  const alias = `Carte ${Date.now().toString(36)}`;
  const holder = await register(page, alias);
  await page.getByRole("link", { name: t("card.link"), exact: true }).click();
  await page.waitForURL(new RegExp(`/participants/${holder.id}/card$`));
  const card = page.getByTestId("wallet-card");
  await expect(card.getByTestId("card-code")).toHaveText(formatCode(holder.code));
  await expect(card.getByTestId("card-qr").locator("svg")).toHaveCount(1);
  await expect(card.getByTestId("card-barcode").locator("svg")).toHaveCount(1);
  await expect(card.getByTestId("card-alias")).toHaveCount(0);
  await expect(card).not.toContainText(alias);
  // Nothing but the code: no text other than its two groups (no centre name, no address).
  expect(((await card.textContent()) ?? "").trim()).toBe(formatCode(holder.code));
  // Printed at a bank card's size.
  const box = (await card.boundingBox())!;
  expect(Math.round((box.width / 96) * 25.4)).toBe(86);
  expect(Math.round((box.height / 96) * 25.4)).toBe(54);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("checkbox", { name: t("card.withAlias"), exact: true }).check();
  await page.getByRole("button", { name: t("card.apply"), exact: true }).click();
  await page.waitForURL(/\?alias=1$/);
  await expect(page.getByTestId("card-alias")).toHaveText(alias);
  // A reprint is the same code.
  await expect(page.getByTestId("card-code")).toHaveText(formatCode(holder.code));
});

test("the card's page is refused to a peer and to the health team", async ({ signInAs, newContext }) => {
  const page = await signInAs("STAFF");
  const holder = await register(page, `Refus ${Date.now().toString(36)}`);
  for (const role of ["PEER", "HEALTH"] as const) {
    const other = await (await newContext()).newPage();
    await signIn(other, DEMO[role]);
    const response = await other.goto(`/participants/${holder.id}/card`);
    expect(response?.status(), role).toBe(403);
    await expect(other.getByTestId("wallet-card")).toHaveCount(0);
    expect(await other.content()).not.toContain(holder.code);
  }
});

test("a scanned code checks in exactly its holder, even when another person's alias is the same letters", async ({ signInAs }) => {
  const page = await signInAs("STAFF");
  const alias = `Scan ${Date.now().toString(36)}`;
  const holder = await register(page, alias);
  const lookalikeAlias = holder.code.toLowerCase();
  await register(page, lookalikeAlias);
  await openTonight(page);
  await scan(page, holder.code);
  await expect(checkInPanel(page)).toContainText(`${t("tonight.checkedIn")} ${alias} (${formatCode(holder.code)})`);
  await expect(searchBox(page)).toHaveValue("");
  await expect(visitList(page)).toContainText(alias);
  await expect(visitList(page)).not.toContainText(lookalikeAlias);

  // Scanned again: the same visit, said so.
  await scan(page, formatCode(holder.code).toLowerCase());
  await expect(checkInPanel(page)).toContainText(`${t("tonight.alreadyIn")} ${alias}`);
});

test("an unknown code or a misread one checks nobody in, and the next scan replaces it", async ({ signInAs }) => {
  const page = await signInAs("STAFF");
  const holder = await register(page, `Inconnu ${Date.now().toString(36)}`);
  await openTonight(page);
  const visits = async () => Number(/^(\d+)/.exec(((await countsLine(page).textContent()) ?? "").trim())?.[1]);
  const before = await visits();

  const unknown = unusedCode([holder.code]);
  await scan(page, unknown);
  await expect(alertWithText(page, tf("card.unknownCode", { code: formatCode(unknown) }))).toBeVisible();
  const misread = holder.code.slice(0, 5) + (holder.code.endsWith("0") ? "1" : "0");
  await scan(page, misread);
  await expect(alertWithText(page, tf("card.badCheck", { code: misread }))).toBeVisible();
  // The text was selected after each refusal: this scan is the whole box, not appended to it.
  await scan(page, holder.code);
  await expect(checkInPanel(page)).toContainText(formatCode(holder.code));
  await page.reload();
  await expect(countsLine(page)).toBeVisible();
  expect(await visits()).toBe(before + 1);
  await expect(visitList(page)).not.toContainText(formatCode(unknown));
});
