// Accessibility (axe-core) of every front-desk page: /tonight closed and open, with results and
// visit cards, the quick intake with a field error, /participants, a profile, /nights, a
// summary, /settings, and the PEER's and HEALTH's views.
import { alertWithText, DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test } from "./support/fixtures.ts";
import { NightsPage } from "./support/pages/nights-page.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";

test("accessibility: /tonight closed and open, the quick intake, /participants, a profile, /nights, a summary, /settings", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(180_000);
  await signInAs("COORDINATOR");
  const tonight = new TonightPage(page);
  const participants = new ParticipantsPage(page);
  const nights = new NightsPage(page);
  const person = await participants.register("Azurine", { consent: "NEEDS_AND_NOTES", needs: ["FOOD"], note: "Note courte." });

  await tonight.ensureClosed();
  await expectNoSeriousA11yViolations(page);

  await tonight.openButton.click();
  await expect(tonight.searchBox).toBeFocused();
  await tonight.typeAndFind("azur", person.alias, person.code);
  await page.keyboard.press("Enter");
  await expect(tonight.visitCard(person.alias)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page); // with visit cards

  await tonight.newPersonButton.click();
  const intake = page.getByRole("form", { name: t("participants.newTitle") });
  await expect(intake).toBeVisible();
  await intake.getByRole("radio", { name: t("enums.consentScope.NEEDS_AND_NOTES"), exact: true }).check();
  await expectNoSeriousA11yViolations(page);
  await intake.getByRole("button", { name: t("participants.createAndCheckIn"), exact: true }).click();
  await expect(alertWithText(page, t("validation.aliasLength"))).toBeVisible();
  await expectNoSeriousA11yViolations(page); // with a field error

  for (const path of ["/participants", "/participants/new", `/participants/${person.id}`, "/nights", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  const nightId = await nights.openNightId();
  await page.goto(`/nights/${nightId}`);
  await expect(page.getByTestId("night-summary")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The other roles' views of the same pages.
  await page.goto("/tonight");
  await expect(tonight.searchBox).toBeVisible();
  for (const role of ["PEER", "HEALTH"] as const) {
    await page.context().clearCookies();
    await signIn(page, DEMO[role]);
    await page.goto(role === "PEER" ? "/tonight" : `/participants/${person.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});

test("accessibility: /tonight with search results under the box", async ({ page, signInAs }) => {
  await signInAs("STAFF");
  const tonight = new TonightPage(page);
  const participants = new ParticipantsPage(page);
  const person = await participants.register("Aubépine");
  await tonight.open();
  await tonight.typeAndFind("aubep", person.alias, person.code);
  await expect(page.locator("#check-in-results")).toHaveAttribute("role", "listbox");
  await expectNoSeriousA11yViolations(page);
});
