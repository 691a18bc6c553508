// Case management: the directory for every role, a referral with a
// follow-up that lands on the worklist, and a PEER refused anything about referrals.
import { DEMO, expect, expectNoSeriousA11yViolations, postServerAction, serverActionId, signIn, t, test } from "./support/fixtures.ts";
import { DATED } from "./support/dated.ts";
import { testToday } from "../support/test-clock.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";


test("staff add a partner, refer a participant to it, and find the follow-up on their worklist", DATED, async ({ page }) => {
  await signIn(page, DEMO.STAFF);
  const name = `Refuge E2E ${Date.now().toString(36)}`;
  await page.goto("/directory/new");
  await expectNoSeriousA11yViolations(page);
  await page.locator("#field-name").fill(name);
  await page.getByRole("checkbox", { name: t("enums.referralDomain.HOUSING"), exact: true }).check();
  await page.locator("#field-phone").fill("514-555-0199");
  await page.getByRole("checkbox", { name: t("directory.respectful"), exact: true }).check();
  await page.getByRole("button", { name: t("directory.save"), exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/directory");
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/directory/print?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByText(`${t("enums.referralDomain.HOUSING")} · ${t("enums.referralDomain.HOUSING", "en")}`)).toBeVisible();

  // A participant, then a referral whose follow-up is today.
  const alias = `Orienté ${Date.now().toString(36)}`;
  await new ParticipantsPage(page).register(alias);
  await page.getByText(t("referrals.new"), { exact: true }).click();
  const form = page.locator("#referrals form").last();
  await form.getByLabel(t("referrals.partner")).selectOption({ label: name });
  await form.getByLabel(t("referrals.followUpOn")).fill(testToday());
  await form.getByRole("button", { name: t("referrals.create"), exact: true }).click();
  await expect(page.locator("#referrals").getByText(t("referrals.followUpDue"), { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/referrals");
  await expect(page.getByRole("row").filter({ hasText: alias })).toContainText(name);
  await expectNoSeriousA11yViolations(page);
});

test("a PEER sees the directory but is refused every referral page and action", async ({ page }) => {
  await signIn(page, DEMO.PEER);
  const directory = await page.goto("/directory");
  expect(directory?.status()).toBe(200);
  await expect(page.getByRole("link", { name: t("directory.new") })).toHaveCount(0);
  const worklist = await page.goto("/referrals");
  expect(worklist?.status()).toBe(403);
  const response = await postServerAction(page.request, {
    path: "/participants",
    actionId: serverActionId("app/(staff)/participants/referral-actions.ts", "createReferral"),
    args: [{ participantId: "00000000-0000-4000-8000-000000000000", domain: "HOUSING", referredOn: testToday() }],
    origin: new URL(page.url()).origin,
  });
  expect(await response.text()).toContain(t("errors.forbidden"));
});
