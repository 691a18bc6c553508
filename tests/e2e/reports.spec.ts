// Costs and reports: the coordinator imports the bookkeeper's CSV, reads the annual
// report, and takes out the funder release, rounded to 5 and without the month in progress, in
// which tonight's count of 3 does not appear; staff see no money.
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test } from "./support/fixtures.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";

const CSV = [
  "Date;Fournisseur;Catégorie;Montant;Subvention",
  '2026-04-01;Gestion immobilière E2E;Loyer;"3 000,00 $";Centraide',
  "2026-04-03;Épicerie E2E;Épicerie;245,50;",
].join("\r\n");

test("the coordinator imports expenses, reads the report and downloads the funder release rounded to 5, whole months only", async ({ page }) => {
  await signIn(page, DEMO.COORDINATOR);

  // Three legal referrals for one person: a count of 3 that must never leave the centre as is.
  await new ParticipantsPage(page).register(`Aide juridique ${Date.now().toString(36)}`);
  for (let made = 1; made <= 3; made++) {
    const form = page.locator("#referrals form").last();
    if (!(await form.isVisible())) await page.getByText(t("referrals.new"), { exact: true }).click();
    await form.getByLabel(t("referrals.domain")).selectOption("LEGAL");
    await form.getByRole("button", { name: t("referrals.create"), exact: true }).click();
    await expect(page.locator("#referrals").getByRole("listitem").filter({ hasText: t("enums.referralDomain.LEGAL") })).toHaveCount(made);
  }

  // The bookkeeper's export: previewed with its columns guessed, then imported whole.
  await page.goto("/costs/import");
  await expectNoSeriousA11yViolations(page);
  await page.locator('input[type="file"]').setInputFiles({ name: "avril.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await page.getByRole("button", { name: t("costs.import.read"), exact: true }).click();
  await expect(page.getByRole("heading", { name: t("costs.import.preview"), exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Gestion immobilière E2E" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: t("costs.import.import").replace("{count}", "2"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/costs");
  await page.goto("/costs?year=2026");
  await expect(page.getByRole("cell", { name: /Gestion immobilière E2E/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The internal report shows the real count.
  await page.goto("/reports");
  // This centre's records start inside the year before: no change is computed on it, and under
  // the tables the report says where they start (naming the figures when, after other specs'
  // clinic or outreach records, not all of a table's figures start on the same day).
  const template = (key: string) => `^${t(key).replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, ".+")}$`;
  const startsLine = new RegExp(`${template("reports.recordsStart")}|${template("reports.recordsStartFor")}`);
  await expect(page.getByTestId("records-start").first()).toBeVisible();
  for (const note of await page.getByTestId("records-start").allTextContents()) expect(note).toMatch(startsLine);
  await expect(page.getByRole("table", { name: t("reports.tables.headline") })).not.toContainText("%");
  const legal = page.getByRole("table", { name: t("reports.tables.referralsByDomain") }).getByRole("row").filter({ hasText: t("enums.referralDomain.LEGAL") });
  await expect(legal.getByRole("cell").first()).toHaveText("3");
  await expect(page.getByRole("heading", { name: t("reports.sections.costs"), exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The funder CSV is a release (lib/reports/release/): whole months only, so tonight's three
  // referrals wait for their month to end; every count is a multiple of 5 (random rounding of
  // the base cells) or "<5", never the 3 of the internal report.
  // A click on the page's own link (exports answer same-origin requests only).
  const saved = page.waitForEvent("download");
  await page.getByRole("link", { name: t("reports.funderCsv"), exact: true }).click();
  const file = await saved;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const { readFile } = await import("node:fs/promises");
  const { parse } = await import("csv-parse/sync");
  const rows = parse(await readFile((await file.path())!, "utf8"), { bom: true }) as string[][];
  const notes = rows.filter((row) => row[0] === t("reports.funder.csvNote")).map((row) => row[1]);
  expect(notes).toEqual(expect.arrayContaining([t("reports.funder.wholeMonths"), t("reports.funder.legend")]));
  // The funder too reads that the records start inside the year before, and where.
  const [startsBefore] = t("reports.funder.recordsStart").split("{date}");
  expect(notes.filter((note) => note?.startsWith(startsBefore!))).toHaveLength(1);
  const counts = rows.filter((row) => ![t("reports.funder.csvNote"), t("reports.funder.csvSection"), t("reports.tables.money")].includes(row[0]!));
  expect(counts.length).toBeGreaterThan(20);
  for (const row of counts) for (const cell of row.slice(2)) expect(cell, row.join(",")).toMatch(/^(<5|[05]|[1-9]\d*[05])$/);
  const legalRow = counts.find((row) => row[0] === t("reports.tables.referralsByDomain") && row[1] === t("enums.referralDomain.LEGAL"));

  // The printable release says the same, with the same notes.
  const href = `/api/reports/funder?${new URL(page.url()).search.slice(1)}`;
  await page.goto(href!.replace("/api/reports/funder", "/reports/funder"));
  await expect(page.getByText(t("reports.funder.wholeMonths"), { exact: true })).toBeVisible();
  await expect(page.getByTestId("records-start").filter({ hasText: startsBefore! })).toHaveCount(1);
  const funderLegal = page.getByRole("table", { name: t("reports.tables.referralsByDomain") }).getByRole("row").filter({ hasText: t("enums.referralDomain.LEGAL") });
  if (legalRow) await expect(funderLegal.getByRole("cell").first()).toHaveText(legalRow[2]!);
  else await expect(funderLegal).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("staff read the operational report without money and cannot reach expenses or the funder export", async ({ page }) => {
  await signIn(page, DEMO.STAFF);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: t("reports.sections.frontDesk"), exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: t("reports.sections.costs"), exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: t("reports.funderCsv"), exact: true })).toHaveCount(0);
  expect((await page.goto("/costs"))!.status()).toBe(403);
  expect((await page.request.get("/api/reports/funder?kind=rolling")).status()).toBe(403);
});

test("the health team reads the report's clinic counts and nothing else of it", async ({ page }) => {
  await signIn(page, DEMO.HEALTH);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: t("reports.sections.clinic"), exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: t("reports.sections.frontDesk"), exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: t("reports.sections.costs"), exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto("/costs"))!.status()).toBe(403);
});
