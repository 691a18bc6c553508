// Community programs: a workshop with attendance, a volunteer shift (and the peer who
// sees it as their own), and an outreach shift that turns an overdue venue back to covered.
// The e2e database starts with one closed night a week ago and its twelve regulars.
import type { Page } from "@playwright/test";
import { DATED } from "./support/dated.ts";
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, test, tf } from "./support/fixtures.ts";
import { testNightIn } from "../support/test-clock.ts";

/** The centre's night `days` from tonight, by the app's own rule and clock. */
const centreDate = (days = 0): string => testNightIn(days);

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}`;
}

async function codeOf(page: Page, alias: string): Promise<string> {
  await page.goto(`/participants?q=${encodeURIComponent(alias)}`);
  const row = page.getByRole("row").filter({ hasText: alias });
  return (await row.getByRole("cell").nth(1).innerText()).trim();
}

test("a workshop on last week's night records who came, an anonymous count and feedback", DATED, async ({ page, newContext }) => {
  await signIn(page, DEMO.STAFF);
  await page.goto("/workshops/new");
  await expectNoSeriousA11yViolations(page);
  const title = unique("Vos droits face à la police");
  await page.locator("#field-titleFr").fill(title);
  await page.locator("#field-titleEn").fill(`${title} (en)`);
  await page.locator("#field-topic").selectOption("POLICE_LEGAL_RIGHTS");
  await page.locator("#field-facilitator").fill("Me Lavoie");
  await page.locator("#field-facilitatorOrganisation").fill("Clinique juridique");
  await page.locator("#field-date").fill(centreDate(-7));
  await page.locator("#field-startTime").fill("19:00");
  await page.getByRole("button", { name: t("workshops.create"), exact: true }).click();
  await page.waitForURL(/\/workshops\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // That night's regulars are the attendance list.
  await page.getByRole("checkbox", { name: /Régulier Alpha/ }).check();
  await page.getByRole("checkbox", { name: /Régulier Bravo/ }).check();
  await page.locator("#field-anonymousCount").fill("-1");
  await page.getByRole("button", { name: t("workshops.saveAttendance"), exact: true }).click();
  await expect(page.locator("#field-anonymousCount-error")).toHaveText(t("validation.count"));
  await expect(page.getByTestId("workshop-attendance")).toHaveText(tf("workshops.attendanceCount", { registered: "0", anonymous: "0" }));

  await page.locator("#field-anonymousCount").fill("3");
  await page.locator("#field-feedbackScore").fill("4");
  await page.locator("#field-feedbackNote").fill("Jeux de rôle appréciés");
  await page.getByRole("button", { name: t("workshops.saveAttendance"), exact: true }).click();
  await expect(page.getByText(t("workshops.attendanceSaved"), { exact: true })).toBeVisible();
  await expect(page.getByTestId("workshop-attendance")).toHaveText(tf("workshops.attendanceCount", { registered: "2", anonymous: "3" }));
  await expect(page.getByTestId("workshop-attendees")).toContainText("Régulier Alpha");
  await expectNoSeriousA11yViolations(page);
  const detailUrl = page.url();

  // The list shows it to every role; who came stays with staff.
  const context = await newContext();
  const health = await context.newPage();
  await signIn(health, DEMO.HEALTH);
  await health.goto("/workshops");
  const row = health.getByRole("row").filter({ hasText: title });
  await expect(row.getByRole("cell").nth(4)).toHaveText("5");
  await expect(row.getByRole("link")).toHaveCount(0);
  expect((await health.goto(detailUrl))?.status()).toBe(403);
  await expect(health.getByText("Régulier Alpha")).toHaveCount(0);
});

test("an upcoming workshop shows on tonight's screen, for the peer on shift too", DATED, async ({ page, newContext }) => {
  await signIn(page, DEMO.COORDINATOR);
  await page.goto("/workshops/new");
  const title = unique("Naloxone");
  await page.locator("#field-titleFr").fill(title);
  await page.locator("#field-titleEn").fill(title);
  await page.locator("#field-topic").selectOption("OVERDOSE_PREVENTION");
  await page.locator("#field-facilitator").fill("Kim");
  await page.locator("#field-date").fill(centreDate(2));
  await page.getByRole("button", { name: t("workshops.create"), exact: true }).click();
  await page.waitForURL(/\/workshops\/[0-9a-f-]{36}$/);

  const context = await newContext();
  const peer = await context.newPage();
  await signIn(peer, DEMO.PEER);
  await peer.goto("/tonight");
  await expect(peer.getByTestId("upcoming-workshops")).toContainText(title);
  await peer.goto("/workshops");
  await expect(peer.getByRole("row").filter({ hasText: title })).toHaveCount(1);
});

test("a volunteer's shift with its honorarium, refused beyond 16 hours, seen by the linked peer as their own", DATED, async ({ page, newContext }) => {
  await signIn(page, DEMO.COORDINATOR);
  const code = await codeOf(page, "Régulier Kilo");
  await page.goto("/volunteers");
  await expectNoSeriousA11yViolations(page);
  await page.locator("#field-participantCode").fill(code);
  await page.getByRole("button", { name: t("volunteers.create"), exact: true }).click();
  await expect(page.locator("#field-consent-error")).toHaveText(t("programs.validation.consent"));
  await page.getByRole("checkbox", { name: t("volunteers.consent") }).check();
  await page.getByRole("button", { name: t("volunteers.create"), exact: true }).click();
  await page.waitForURL(/\/volunteers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("tier-history")).toContainText(t("programs.tiers.PEER_VOLUNTEER"));

  await page.locator("#shift-activity").selectOption("NEEDLE_CLEAN_UP");
  await page.locator("#shift-hours").fill("17");
  await page.locator("#shift-honorarium").fill("25");
  await page.getByRole("button", { name: t("volunteers.recordShift"), exact: true }).click();
  await expect(page.locator("#shift-hours-error")).toHaveText(t("programs.validation.hours"));
  await expect(page.getByTestId("shift-table")).toHaveCount(0);

  await page.locator("#shift-hours").fill("2,5");
  await page.getByRole("button", { name: t("volunteers.recordShift"), exact: true }).click();
  await expect(page.getByText(t("volunteers.shiftRecorded"), { exact: true })).toBeVisible();
  const shiftRow = page.getByTestId("shift-table").getByRole("row").filter({ hasText: t("programs.activities.NEEDLE_CLEAN_UP") });
  await expect(shiftRow.getByRole("cell").nth(2)).toHaveText("2,5");
  await expect(shiftRow.getByRole("cell").nth(3)).toContainText("25,00");

  // A tier change dated before the last one is refused.
  await page.locator("#tier-tier").selectOption("SAFETY_PATROL");
  await page.locator("#tier-changedOn").fill("2020-01-01");
  await page.getByRole("button", { name: t("volunteers.changeTier"), exact: true }).click();
  await expect(page.locator("#tier-changedOn-error")).toHaveText(tf("programs.errors.tierBackInTime", { date: centreDate() }));
  await expectNoSeriousA11yViolations(page);

  // The coordinator links the demo peer account; the peer sees this shift as theirs.
  const pair = page.locator("#link-userId").locator("option").filter({ hasText: "(pair)" });
  await page.locator("#link-userId").selectOption(await pair.getAttribute("value"));
  await page.getByRole("button", { name: t("volunteers.saveAccount"), exact: true }).click();
  await expect(page.getByText(t("volunteers.accountLinked"), { exact: true })).toBeVisible();

  const context = await newContext();
  const peer = await context.newPage();
  await signIn(peer, DEMO.PEER);
  await peer.goto("/my-shifts");
  await expectNoSeriousA11yViolations(peer);
  await expect(peer.getByTestId("shift-table").getByRole("row").filter({ hasText: t("programs.activities.NEEDLE_CLEAN_UP") })).toHaveCount(1);
  await peer.locator("#shift-activity").selectOption("SAFETY_PATROL");
  await peer.locator("#shift-hours").fill("3");
  await peer.getByRole("button", { name: t("volunteers.recordShift"), exact: true }).click();
  await expect(peer.getByText(t("volunteers.shiftRecorded"), { exact: true })).toBeVisible();
  await expect(peer.getByTestId("shift-table").getByRole("row").filter({ hasText: t("programs.activities.SAFETY_PATROL") })).toHaveCount(1);
  // Everyone else's records stay closed to a peer.
  for (const path of ["/volunteers", "/outreach", "/programs/figures"]) expect((await peer.goto(path))?.status(), path).toBe(403);

  await page.reload();
  await expect(page.getByTestId("shift-table").getByRole("row").filter({ hasText: t("programs.activities.SAFETY_PATROL") })).toHaveCount(1);
});

test("an outreach shift turns an overdue venue back to covered and takes its supplies off the shelf", DATED, async ({ page }) => {
  await signIn(page, DEMO.STAFF);
  await page.goto("/outreach/venues");
  await expectNoSeriousA11yViolations(page);
  const name = unique("Bar E2E");
  await page.locator("#field-name").fill(name);
  await page.locator("#field-type").selectOption("BAR");
  await page.locator("#field-area").fill("Village, rue Sainte-Catherine Est");
  await page.locator("#field-weeklyTarget").fill("0");
  await page.getByRole("button", { name: t("outreach.saveVenue"), exact: true }).click();
  await expect(page.locator("#field-weeklyTarget-error")).toHaveText(t("programs.validation.weeklyTarget"));
  await page.locator("#field-weeklyTarget").fill("1");
  await page.getByRole("button", { name: t("outreach.saveVenue"), exact: true }).click();
  await expect(page.getByText(t("outreach.venueSaved"), { exact: true })).toBeVisible();

  // Never visited: overdue, at the top of the board.
  await page.goto("/outreach");
  await expectNoSeriousA11yViolations(page);
  const boardRow = page.getByTestId("coverage-board").getByRole("row").filter({ hasText: name });
  await expect(boardRow).toHaveAttribute("data-overdue", "true");
  await expect(boardRow.getByText(t("outreach.overdue"), { exact: true })).toBeVisible();

  await page.getByRole("link", { name: t("outreach.newShift"), exact: true }).click();
  await page.waitForURL("**/outreach/shifts/new");
  await expectNoSeriousA11yViolations(page);
  await page.locator("#field-date").fill(centreDate());
  await page.getByRole("button", { name: t("outreach.createShift"), exact: true }).click();
  await page.waitForURL(/\/outreach\/shifts\/[0-9a-f-]{36}$/);

  await page.locator("#field-venueId").selectOption({ label: name });
  await page.locator("#field-peopleMet").fill("4");
  await page.locator("#field-newContacts").fill("1");
  await page.locator("#field-cardsGiven").fill("3");
  await page.locator("#field-referrals").fill("1");
  await page.getByRole("button", { name: t("outreach.saveContact"), exact: true }).click();
  await expect(page.getByText(t("outreach.contactAdded"), { exact: true })).toBeVisible();
  const contact = page.getByTestId("outreach-contact").filter({ hasText: name });
  await expect(contact).toBeVisible();

  const condoms = contact.getByRole("combobox", { name: t("outreach.item") });
  const option = condoms.locator("option").filter({ hasText: /^Condoms/ });
  const before = Number(((await option.innerText()).match(/(\d+)/) ?? [])[1]);
  await condoms.selectOption(await option.getAttribute("value"));
  await contact.getByRole("textbox", { name: t("outreach.quantity") }).fill("5");
  await contact.getByRole("button", { name: t("outreach.addSupply"), exact: true }).click();
  await expect(contact.getByText(t("outreach.supplyAdded"), { exact: true })).toBeVisible();
  await expect(contact.getByRole("listitem").filter({ hasText: "5 × Condoms" })).toBeVisible();
  await expect(contact.getByRole("combobox", { name: t("outreach.item") }).locator("option").filter({ hasText: /^Condoms/ })).toContainText(String(before - 5));
  await expectNoSeriousA11yViolations(page);

  await page.goto("/outreach");
  const after = page.getByTestId("coverage-board").getByRole("row").filter({ hasText: name });
  await expect(after).toHaveAttribute("data-overdue", "false");
  await expect(after.getByText(t("outreach.covered"), { exact: true })).toBeVisible();

  await page.goto("/programs/figures");
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByTestId("outreach-figures")).toContainText(t("programs.peopleMet"));
});
