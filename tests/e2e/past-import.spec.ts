// A centre arrives with its past. The coordinator imports 500 participants and
// two years of nightly tallies from spreadsheets (French headers, fr-CA numbers, a BOM); a file
// with one bad row is refused with its line named; the old codes find people at the front desk;
// and the report of the year after shows the tallies in its previous-year column.
// The imported years are three and four years before the test clock's: the other specs' reports
// (rolling, this year's) never reach back that far.
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test } from "./support/fixtures.ts";
import { testToday } from "../support/test-clock.ts";
import { addDays, isoWeekday } from "../../lib/nights/local-date.ts";

const tag = Date.now().toString(36).slice(-5).toUpperCase();
const year = Number(testToday().slice(0, 4));
const [first, second] = [year - 4, year - 3];

/** Four nights a week of two whole years, with counts from a fixed sequence. */
function pastNights() {
  const nights: { date: string; visits: number; anonymous: number; newPeople: number; meals: number }[] = [];
  let n = 0;
  for (let date = `${first}-01-01`; date < `${second + 1}-01-01`; date = addDays(date, 1)) {
    if (isoWeekday(date) > 4) continue;
    n++;
    const visits = 18 + (n * 7) % 23;
    nights.push({ date, visits, anonymous: n % 5, newPeople: n % 3, meals: visits - (n % 4) });
  }
  return nights;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const csvOf = (rows: { date: string; visits: number; anonymous: number; newPeople: number; meals: number }[]) =>
  `\uFEFFDate;Visites;Anonymes;Nouvelles personnes;Repas\r\n${rows.map((row) => `${dmy(row.date)};${row.visits};${row.anonymous};${row.newPeople};${row.meals}`).join("\r\n")}\r\n`;
/** A number as the French page writes it, whatever space groups the thousands. */
const shown = (value: number) => new RegExp(`^${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "[\\s\\u00a0\\u202f]?")}$`);
const fill = (key: string, values: Record<string, string | number>) => t(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

test("the coordinator imports 500 participants and two years of tallies, which the next year's report compares with", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.COORDINATOR);
  await page.goto("/settings");
  await page.getByRole("link", { name: t("import.settingsLink"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/settings/import");
  await expectNoSeriousA11yViolations(page);

  // 500 participants, each with the old code of the spreadsheet.
  const people = page.getByTestId("participant-import");
  const csv = `alias,ancien_code\n${Array.from({ length: 500 }, (_, index) => `Archive ${tag} ${index + 1},${tag}-${index + 1}`).join("\n")}\n`;
  await people.locator('input[type="file"]').setInputFiles({ name: "participants.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await people.getByRole("button", { name: t("import.read"), exact: true }).click();
  await expect(people.getByText(fill("import.participants.summary", { ready: 500, rows: 500, withFormerCode: 500 }), { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await people.getByRole("button", { name: "Importer 500 participant·e·s", exact: true }).click();
  await expect(people.getByText(t("import.participants.imported"), { exact: true })).toBeVisible();

  // A tally file with one bad row: named by its line, in French, and nothing can be imported.
  const nights = pastNights();
  const tallies = page.getByTestId("tally-import");
  const bad = csvOf(nights).replace(`${dmy(nights[1]!.date)};${nights[1]!.visits};`, `${dmy(nights[1]!.date)};12,5;`);
  await tallies.locator('input[type="file"]').setInputFiles({ name: "soirs.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await tallies.getByRole("button", { name: t("import.read"), exact: true }).click();
  const refused = tallies.getByRole("alert").getByRole("row").filter({ hasText: t("import.problems.notWhole") });
  await expect(refused.getByRole("cell").first()).toHaveText("3");
  await expect(tallies.getByRole("button", { name: new RegExp(`^Importer ${nights.length - 1} soirs$`) })).toBeDisabled();

  // The corrected file: previewed with its totals, then imported whole.
  await tallies.locator('input[type="file"]').setInputFiles({ name: "soirs.csv", mimeType: "text/csv", buffer: Buffer.from(csvOf(nights), "utf8") });
  await tallies.getByRole("button", { name: t("import.read"), exact: true }).click();
  await expect(tallies.getByRole("heading", { name: t("import.preview"), exact: true })).toBeVisible();
  await expect(tallies.getByRole("alert")).toHaveCount(0);
  await tallies.getByRole("button", { name: `Importer ${nights.length} soirs`, exact: true }).click();
  await expect(tallies.getByText(t("import.tallies.imported"), { exact: true })).toBeVisible();
  await expect(page.getByTestId("imported-years").getByRole("row")).toHaveCount(3);

  // The imported nights are listed with the nights, marked as such.
  await page.goto("/nights");
  await expect(page.getByRole("cell", { name: t("nights.importedStatus"), exact: true }).first()).toBeVisible();

  // An old code finds the person at the front desk's search.
  await page.goto(`/participants?q=${encodeURIComponent(`${tag}-42`)}`);
  await expect(page.getByText(`Archive ${tag} 42`, { exact: true })).toBeVisible();

  // The report of the year after the tallies: its previous-year column holds the file's sums.
  const previous = nights.filter((night) => night.date.startsWith(String(second)));
  const sum = (field: "visits" | "anonymous" | "newPeople" | "meals") => previous.reduce((total, night) => total + night[field], 0);
  await page.goto(`/reports?kind=calendar&year=${second + 1}`);
  const headline = page.getByRole("table", { name: t("reports.tables.headline") });
  const previousCell = (key: string) => headline.getByRole("row").filter({ has: page.getByRole("rowheader", { name: t(`reports.headline.${key}`), exact: true }) }).getByRole("cell").nth(1);
  await expect(previousCell("nights")).toHaveText(shown(previous.length));
  await expect(previousCell("visits")).toHaveText(shown(sum("visits")));
  await expect(previousCell("anonymousVisits")).toHaveText(shown(sum("anonymous")));
  await expect(previousCell("newParticipants")).toHaveText(shown(sum("newPeople")));
  const meals = page.getByRole("table", { name: t("reports.sections.services") }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: t("enums.service.MEAL"), exact: true }) });
  await expect(meals.getByRole("cell").nth(1)).toHaveText(shown(sum("meals")));
  await expect(page.getByTestId("imported-tallies-note")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
