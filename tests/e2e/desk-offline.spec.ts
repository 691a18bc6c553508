// The front desk survives a dropped connection (issue 18, part 5): a check-in and an anonymous
// visit pressed while the server cannot be reached wait on the screen, marked "not yet saved",
// are sent again with the same input (the same submission id), and are recorded exactly once
// when the connection is back. And for a longer outage, paper: the night's blank sheet prints,
// and a sheet typed in afterwards is refused whole for one wrong line, then recorded once fixed.
import type { Page } from "@playwright/test";
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, tf, test } from "./support/fixtures.ts";
import { checkCharacter } from "../../lib/participants/code-check.ts";
import { formatCode } from "../../lib/participants/code-format.ts";

type Hit = { id: string; code: string; alias: string; checkedInTonight: boolean };

const searchBox = (page: Page) => page.locator("#check-in-search");
const openButton = (page: Page) => page.getByRole("button", { name: t("tonight.openNight"), exact: true });
const rows = (page: Page) => page.getByTestId("visit-list").getByRole("listitem");
const waitingList = (page: Page) => page.getByTestId("waiting-list");

/** /tonight with its night open; its id, as the paper sheet's link names it. */
async function openTonight(page: Page): Promise<string> {
  await page.goto("/tonight");
  await expect(searchBox(page).or(openButton(page))).toBeVisible();
  if (await openButton(page).isVisible()) await openButton(page).click();
  await expect(searchBox(page)).toBeVisible();
  const href = await page.getByRole("link", { name: t("paperSheet.linkEnter"), exact: true }).getAttribute("href");
  return new URL(href!, "http://x").searchParams.get("night")!;
}

/** The demo's regulars (seeded a week ago) not yet checked in tonight. */
async function regularsNotIn(page: Page, nightId: string): Promise<Hit[]> {
  const response = await page.request.get(`/api/participants/search?${new URLSearchParams({ q: "Régulier", night: nightId })}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as Hit[]).filter((hit) => !hit.checkedInTonight);
}

/** "N visites · M anonymes · ..." as numbers. */
async function counts(page: Page): Promise<number[]> {
  const text = (await page.getByTestId("tonight-counts").textContent()) ?? "";
  return (text.match(/\d+/g) ?? []).map(Number);
}

test("a check-in and an anonymous visit pressed with the connection down wait as 'not yet saved', then are recorded once", async ({ page, context }) => {
  await signIn(page, DEMO.STAFF);
  const nightId = await openTonight(page);
  const [person] = await regularsNotIn(page, nightId);
  expect(person, "a regular not yet in tonight").toBeDefined();
  const [visitsBefore, anonymousBefore] = await counts(page);

  // Every send of a desk action (a POST to /tonight), and those the dropped connection stopped.
  const sends: string[] = [];
  const failed: string[] = [];
  const isDeskSend = (request: { method: () => string; url: () => string }) => request.method() === "POST" && new URL(request.url()).pathname === "/tonight";
  page.on("request", (request) => void (isDeskSend(request) && sends.push(request.postData() ?? "")));
  page.on("requestfailed", (request) => void (isDeskSend(request) && failed.push(request.postData() ?? "")));

  const stored = () =>
    page.evaluate(async () => ({
      web: JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
      databases: (await indexedDB.databases()).map((database) => database.name).sort(),
    }));
  const storedBefore = await stored();
  await searchBox(page).fill(person!.alias);
  await expect(page.getByRole("option").filter({ hasText: person!.alias })).toHaveCount(1);
  await context.setOffline(true);
  await searchBox(page).press("Enter");
  const waitingLine = waitingList(page).getByRole("listitem").filter({ hasText: person!.alias });
  await expect(waitingLine).toContainText(t("tonight.notYetSavedMark"));
  await expect(page.getByRole("alert").filter({ hasText: t("tonight.notYetSaved") })).toBeVisible();
  // The desk goes on: the box is empty for the next person, and a headcount waits behind.
  await expect(searchBox(page)).toHaveValue("");
  await page.getByRole("button", { name: t("tonight.anonymous"), exact: true }).click();
  await expect(waitingList(page).getByRole("listitem")).toHaveCount(2);
  await expect(waitingList(page).getByRole("listitem").nth(1)).toContainText(t("tonight.anonymousVisitor"));
  await expect(rows(page).filter({ hasText: person!.alias })).toHaveCount(0);

  // Kept in memory only: nothing about the person reached the browser's storage.
  const storedWhileWaiting = await stored();
  expect(storedWhileWaiting.databases).toEqual(storedBefore.databases);
  for (const secret of [person!.alias, person!.code, formatCode(person!.code), person!.id]) expect(storedWhileWaiting.web).not.toContain(secret);
  // Leaving now would lose them: the page asks first.
  expect(await page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(true);
  // Sent again with backoff (1 s, then 2 s ...), each time the same input; the headcount waits its turn.
  await expect.poll(() => failed.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  expect(new Set(failed).size).toBe(1);
  expect(failed[0]).toContain(person!.id);

  // Back online: sent at once (the browser's "online" event), in the order pressed.
  await context.setOffline(false);
  await expect(waitingList(page)).toHaveCount(0, { timeout: 10_000 });
  const line = rows(page).filter({ hasText: person!.alias });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(t("tonight.savedMark"));
  await expect(page.getByTestId("tonight-counts")).toHaveText(new RegExp(`^${visitsBefore! + 2}\\D+${anonymousBefore! + 1}\\D`));
  // The check-in's sends were all the same; the headcount went once, with its one submission id.
  expect(new Set(sends.filter((body) => body.includes(person!.id))).size).toBe(1);
  expect(sends.filter((body) => body.includes("submissionId"))).toHaveLength(1);
  expect(await page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(false);
  await expectNoSeriousA11yViolations(page);

  // What the server holds: the person once, one anonymous visit more, whatever the retries.
  await page.reload();
  await expect(rows(page).filter({ hasText: person!.alias })).toHaveCount(1);
  expect((await counts(page)).slice(0, 2)).toEqual([visitsBefore! + 2, anonymousBefore! + 1]);
});

test("the night's paper sheet prints as a blank grid; a typed-in sheet with one unknown code is refused whole, then recorded once corrected", async ({ page }) => {
  await signIn(page, DEMO.STAFF);
  const nightId = await openTonight(page);
  const [first, second] = await regularsNotIn(page, nightId);
  expect(second, "two regulars not yet in tonight").toBeDefined();

  // The blank sheet: the night's date and site, 30 empty lines, no navigation when printed.
  await page.getByRole("link", { name: t("paperSheet.linkPrint"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/tonight/sheet");
  const grid = page.getByTestId("paper-sheet-grid");
  await expect(grid.locator("thead th")).toHaveText([t("paperSheet.line"), t("paperSheet.code"), t("paperSheet.anonymous"), ...["MEAL", "SNACK", "PHONE_COMPUTER", "SUPPORT_CONVERSATION", "CRISIS_INTERVENTION", "ACCOMPANIMENT"].map((kind) => t(`enums.serviceMark.${kind}`)), t("paperSheet.time")]);
  await expect(grid.locator("tbody tr")).toHaveCount(30);
  // Only the line numbers are printed in the body: nobody's code or alias.
  expect((await grid.locator("tbody td").allTextContents()).filter((text) => text.trim() !== "")).toEqual(Array.from({ length: 30 }, (_, index) => String(index + 1)));
  await expect(page.getByTestId("paper-sheet")).not.toContainText(first!.alias);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: t("nav.label") })).toBeHidden();
  await expect(page.getByTestId("signed-in-as")).toBeHidden();
  await expect(page.getByRole("button", { name: t("paperSheet.print") })).toBeHidden();
  await expect(grid).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("night-sheet-print.png"), fullPage: true });
  // One page, on A4 as on Letter.
  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `pages of the sheet on ${format}`).toHaveLength(1);
  }
  await page.emulateMedia({ media: "screen" });

  // The sheet typed in: one line's code belongs to nobody.
  await page.goto("/tonight");
  const [visitsBefore, anonymousBefore] = await counts(page);
  await page.getByRole("link", { name: t("paperSheet.linkEnter"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/tonight/paper");
  const field = (line: number, name: string) => page.getByLabel(`${tf("paperSheet.lineLabel", { number: String(line) })} · ${name}`, { exact: true });
  const unknown = `ZZZZZ${checkCharacter("ZZZZZ")}`;
  await field(1, t("paperSheet.code")).fill(formatCode(first!.code));
  await field(1, t("enums.service.MEAL")).check();
  await field(1, t("paperSheet.time")).fill("19:10");
  await field(2, t("paperSheet.anonymousFull")).check();
  await field(2, t("enums.service.SNACK")).check();
  await field(3, t("paperSheet.code")).fill(unknown);
  await page.getByRole("button", { name: t("paperSheet.submit"), exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: tf("paperSheet.lineError", { number: "3", error: t("paperSheet.unknownCode") }) })).toBeVisible();
  await expect(page.getByText("1 ligne est fausse : rien n'a été enregistré.", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing of it was recorded.
  const tonightPage = await page.context().newPage();
  await tonightPage.goto("/tonight");
  expect((await counts(tonightPage)).slice(0, 2)).toEqual([visitsBefore, anonymousBefore]);
  await expect(rows(tonightPage).filter({ hasText: first!.alias })).toHaveCount(0);

  // Corrected (the line was the second regular), the same sheet goes through.
  await field(3, t("paperSheet.code")).fill(second!.code);
  await page.getByRole("button", { name: t("paperSheet.submit"), exact: true }).click();
  await expect(page.getByText(t("paperSheet.recorded"), { exact: false })).toBeVisible();
  // messages/fr.json paperSheet.recordedCounts, its plurals read for 3 and 1.
  await expect(page.getByText("3 visites enregistrées, dont 1 anonyme.", { exact: false })).toBeVisible();
  await expect(page.getByTestId("paper-entry").getByRole("alert")).toHaveCount(0);
  // The form is blank again, for the next sheet.
  await expect(field(1, t("paperSheet.code"))).toHaveValue("");

  await tonightPage.reload();
  expect((await counts(tonightPage)).slice(0, 2)).toEqual([visitsBefore! + 3, anonymousBefore! + 1]);
  await expect(rows(tonightPage).filter({ hasText: first!.alias })).toHaveCount(1);
  await expect(rows(tonightPage).filter({ hasText: second!.alias })).toHaveCount(1);
  await tonightPage.close();
});
