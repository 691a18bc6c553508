// Money is the coordinator's alone (docs/roles-and-privacy.md, rule 9): marker
// amounts entered by the coordinator appear on the coordinator's pages and in no page or React
// payload of STAFF, HEALTH or PEER, in any way an amount can be written. Exports answer only
// requests from our own pages: a link or an image on another origin downloads nothing and
// writes no "exported" row; the app's own buttons still download.
import type { Page } from "@playwright/test";
import { DEMO, expect, signIn, t, test, type Role } from "./support/fixtures.ts";
import { PAGE_ACCESS } from "./support/access-expectations.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";

const UNIT_COST = "98765.43";
const RECEIPT = "76543.21";
const HONORARIUM = "87654.32";

/** Every way an amount of cents can be rendered: raw cents, dollars with either mark, grouped with a space, a narrow or no-break space, a comma or a dot. */
function amountPattern(dollars: string): RegExp {
  const [whole, cents] = dollars.split(".") as [string, string];
  const head = whole.slice(0, whole.length - 3);
  const tail = whole.slice(-3);
  return new RegExp(`${whole}${cents}|${head}[\\s\\u00a0\\u202f,.']?${tail}[.,]${cents}`);
}
const MARKERS = [UNIT_COST, RECEIPT, HONORARIUM].map(amountPattern);
/** A visible dollar figure in French or English ("12,50 $", "$12.50"). */
const DOLLAR_FIGURE = /\d[\u00a0\u202f ]?\$|\$\s?\d/;

async function enterMarkers(page: Page): Promise<{ itemPath: string; volunteerPath: string; personPath: string }> {
  await signIn(page, DEMO.COORDINATOR);
  const name = `Article repère ${Date.now().toString(36)}`;
  await page.goto("/stock/items/new");
  await page.locator("#field-nameFr").fill(name);
  await page.locator("#field-nameEn").fill(name);
  await page.locator("#field-unitCost").fill(UNIT_COST);
  await page.getByRole("button", { name: t("stock.saveItem"), exact: true }).click();
  await page.waitForURL(/\/stock\/items\/[0-9a-f-]{36}$/);
  const itemPath = new URL(page.url()).pathname;

  await page.goto("/stock/receive");
  await page.locator("#field-itemId").selectOption({ label: name });
  await page.locator("#field-quantity").fill("1");
  await page.locator("#field-value").fill(RECEIPT);
  await page.getByRole("button", { name: t("stock.receive"), exact: true }).click();
  await expect(page.getByText(t("stock.received"), { exact: true })).toBeVisible();

  // A new volunteer (a new participant), so that the shift is the only one of its file.
  const alias = `Repère ${Date.now().toString(36)}`;
  await new ParticipantsPage(page).register(alias);
  const personPath = new URL(page.url()).pathname;
  await page.goto(`/participants?q=${encodeURIComponent(alias)}`);
  const code = (await page.getByRole("row").filter({ hasText: alias }).getByRole("cell").nth(1).innerText()).trim();
  await page.goto("/volunteers");
  await page.locator("#field-participantCode").fill(code);
  await page.getByRole("checkbox", { name: t("volunteers.consent") }).check();
  await page.getByRole("button", { name: t("volunteers.create"), exact: true }).click();
  await page.waitForURL(/\/volunteers\/[0-9a-f-]{36}$/);
  const volunteerPath = new URL(page.url()).pathname;
  await page.locator("#shift-hours").fill("2");
  await page.locator("#shift-honorarium").fill(HONORARIUM);
  await page.getByRole("button", { name: t("volunteers.recordShift"), exact: true }).click();
  await expect(page.getByText(/87[\s\u00a0\u202f]?654,32/).first()).toBeVisible();
  return { itemPath, volunteerPath, personPath };
}

test("no dollar figure reaches a STAFF, HEALTH or PEER page or React payload; the coordinator still sees the amounts", async ({ page, newContext }) => {
  test.setTimeout(600_000);
  const { itemPath, volunteerPath, personPath } = await enterMarkers(page);

  // The coordinator's own pages show the amounts.
  await page.goto(itemPath);
  await expect(page.locator("#field-unitCost")).toHaveValue(UNIT_COST);
  expect(await page.locator("main").innerText()).toMatch(amountPattern(RECEIPT));
  await page.goto(volunteerPath);
  expect(await page.locator("main").innerText()).toMatch(amountPattern(HONORARIUM));
  // The person's profile shows their volunteer file, amounts included, to the coordinator alone.
  await page.goto(personPath);
  expect(await page.locator("main").innerText()).toMatch(amountPattern(HONORARIUM));
  await page.goto("/stock/ledger");
  expect(await page.locator("main").innerText()).toMatch(amountPattern(RECEIPT));

  for (const role of ["STAFF", "HEALTH", "PEER"] as Role[]) {
    const context = await newContext();
    const other = await context.newPage();
    await signIn(other, DEMO[role]);
    const pages = Object.entries(PAGE_ACCESS)
      .filter(([route, reach]) => !route.includes("[") && reach !== "public" && reach.includes(role))
      .map(([route]) => route.replace(/\/\([^)]+\)/g, "") || "/");
    if (role === "STAFF") pages.push(itemPath, volunteerPath);
    if (role !== "PEER") pages.push(personPath);
    const leaks: string[] = [];
    for (const path of pages) {
      const response = await other.goto(path);
      expect(response!.status(), `${role} ${path}`).toBeLessThan(400);
      const html = await response!.text();
      const text = await other.locator("body").innerText();
      const rsc = await (await other.request.get(path, { headers: { RSC: "1" } })).text();
      for (const marker of MARKERS) {
        if (marker.test(html) || marker.test(rsc) || marker.test(text)) leaks.push(`${role} ${path}: ${marker}`);
      }
      if (DOLLAR_FIGURE.test(text)) leaks.push(`${role} ${path}: a dollar figure "${DOLLAR_FIGURE.exec(text)?.[0]}"`);
    }
    expect(leaks).toEqual([]);
    await context.close();
  }
});

const EXPORTS = (participantId: string) => [
  `/api/participants/export?id=${participantId}`,
  "/api/audit/export",
  "/api/reports/funder?kind=rolling",
  "/api/violence/export",
  `/participants/${participantId}/record`,
];

/** The audit viewer's line "N rows shown of T" for successful exports: it must not move. */
async function exportedCount(page: Page): Promise<string> {
  await page.goto("/audit?outcome=SUCCESS&action=participants.export");
  const a = await page.getByText(/lignes affichées sur/).innerText();
  const results: string[] = [a];
  for (const action of ["audit.export", "reports.funder-csv", "violence.export"]) {
    await page.goto(`/audit?outcome=SUCCESS&action=${action}`);
    results.push(await page.getByText(/lignes affichées sur/).innerText());
  }
  return results.join(" | ");
}

test("a link or an image on another origin exports nothing and writes no exported row; the app's own buttons download", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.COORDINATOR);
  await page.goto("/participants");
  const profile = await page.locator("main table a[href^='/participants/']").first().getAttribute("href");
  const participantId = profile!.split("/")[2]!;
  const before = await exportedCount(page);

  // Another origin (127.0.0.1 is another site than localhost) with a link and an image to each export.
  const evil = "http://127.0.0.1:9/evil.html";
  const targets = EXPORTS(participantId).map((path) => `${baseURL}${path}`);
  await page.route(evil, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>evil</title>${targets.map((url, index) => `<a id="l${index}" href="${url}">go</a><img src="${url}">`).join("")}`,
    }),
  );
  const answers: { url: string; status: number }[] = [];
  page.on("response", (response) => {
    if (targets.includes(response.url())) answers.push({ url: response.url(), status: response.status() });
  });
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.goto(evil);
  await page.waitForLoadState("networkidle");
  for (let index = 0; index < targets.length; index++) {
    await page.goto(evil);
    await page.locator(`#l${index}`).click();
    await page.waitForLoadState("load");
    await expect(page.getByRole("heading", { name: t("errors.exportCrossSiteTitle") })).toBeVisible();
    await expect(page.getByText(t("errors.exportCrossSite"))).toBeVisible();
  }
  expect(downloads).toBe(0);
  expect(answers.filter((answer) => answer.status === 200 && !answer.url.includes("/record")), JSON.stringify(answers)).toEqual([]);
  expect(await exportedCount(page)).toBe(before);

  // The app's own buttons still download.
  const download = async (path: string, label: string) => {
    await page.goto(path);
    const saved = page.waitForEvent("download");
    await page.getByRole("link", { name: label, exact: true }).click();
    expect((await saved).suggestedFilename(), path).toMatch(/^halte-/);
  };
  await download(`/participants/${participantId}`, t("rights.downloadJson"));
  await download("/audit", t("audit.export"));
  await download("/reports?kind=rolling", t("reports.funderCsv"));
  await download("/violence/share", t("violence.export"));
  expect(await exportedCount(page)).not.toBe(before);
});
