// Bad-date reports: a report, a second one by the same aggressor flagged as a repeat,
// the alert sheet with no reporter identity, and a PEER who may read the sheet and nothing else.
import type { Page } from "@playwright/test";
import { DEMO, expect, expectNoSeriousA11yViolations, postServerAction, serverActionId, signIn, t, test } from "./support/fixtures.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";

async function fileReport(page: Page, values: { area: string; plate: string; reporterCode?: string }) {
  await page.goto("/violence/new");
  await page.locator("#field-area").fill(values.area);
  await page.getByRole("checkbox", { name: t("enums.violenceType.REFUSED_TO_PAY"), exact: true }).check();
  await page.locator("#field-plate").fill(values.plate);
  await page.getByRole("checkbox", { name: t("violence.consentToShare"), exact: true }).check();
  if (values.reporterCode) await page.locator("#field-reporterCode").fill(values.reporterCode);
  await page.getByRole("button", { name: t("violence.save"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/violence");
}

test("a repeat aggressor is flagged, and the alert sheet never names who reported", async ({ page }) => {
  await signIn(page, DEMO.STAFF);
  // A registered participant reports, with their code.
  const alias = `Témoin ${Date.now().toString(36)}`;
  const { code } = await new ParticipantsPage(page).register(alias);

  const plate = `Q${Date.now().toString(36).slice(-5).toUpperCase()}`;
  await page.goto("/violence/new");
  await expectNoSeriousA11yViolations(page);
  await fileReport(page, { area: "Coin E2E et Test", plate, reporterCode: code });
  await expect(page.getByText(t("violence.created"), { exact: true })).toBeVisible();
  await fileReport(page, { area: "Autre coin E2E", plate: plate.toLowerCase().split("").join(" ") });
  await expect(page.getByText(t("violence.createdRepeat"), { exact: true })).toBeVisible();
  // Filtered on the report's own heading line: the earlier report lists this one among its repeats too.
  await expect(page.getByTestId("violence-report").filter({ hasText: /· Autre coin E2E/ })).toContainText(t("violence.repeat"));
  await expectNoSeriousA11yViolations(page);

  const sheet = await page.goto("/violence/alert-sheet");
  const html = (await sheet?.text()) ?? "";
  await expect(page.getByTestId("alert-sheet")).toContainText("Coin E2E et Test");
  expect(html).not.toContain(alias);
  expect(html).not.toContain(code);
  expect(html).not.toContain(plate);
  await expectNoSeriousA11yViolations(page);
});

test("a PEER reads the alert sheet but is refused the reports and filing one", async ({ page }) => {
  await signIn(page, DEMO.PEER);
  expect((await page.goto("/violence/alert-sheet"))?.status()).toBe(200);
  expect((await page.goto("/violence"))?.status()).toBe(403);
  expect((await page.goto("/violence/new"))?.status()).toBe(403);
  const response = await postServerAction(page.request, {
    path: "/violence",
    actionId: serverActionId("app/(staff)/violence/actions.ts", "createViolenceReport"),
    args: [{ occurredOn: "2026-11-20", area: "Par un pair", types: ["THREAT"] }],
    origin: new URL(page.url()).origin,
  });
  expect(await response.text()).toContain(t("errors.forbidden"));
});
