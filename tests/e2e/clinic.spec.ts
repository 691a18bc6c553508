// Clinic nights: the health team records an encounter on a tablet in the van, and nothing of it
// reaches STAFF, PEER or COORDINATOR but a neutral "invite to clinic night" flag.
import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO, expect, expectNoSeriousA11yViolations, goThroughNav, postServerAction, serverActionId, signIn, t, test } from "./support/fixtures.ts";
import { DATED } from "./support/dated.ts";
import { NightsPage } from "./support/pages/nights-page.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";
import { UUID } from "./support/text.ts";

const TONIGHT_ACTIONS = "app/(staff)/tonight/actions.ts";
const CLINIC_ACTIONS = "app/(staff)/clinic/actions.ts";

const suffix = () => randomBytes(3).toString("hex");

/** STAFF opens tonight if needed and registers a new person checked in tonight; returns their id. */
async function checkedInTonight(page: Page, alias: string, origin: string): Promise<{ participantId: string; nightId: string }> {
  await new TonightPage(page).open();
  const nightId = await new NightsPage(page).openNightId();
  const answer = await postServerAction(page.request, {
    path: "/tonight",
    actionId: serverActionId(TONIGHT_ACTIONS, "registerAndCheckIn"),
    args: [{ alias, intake: { consentScope: "VISITS_ONLY" }, checkInNightId: nightId }],
    origin,
  });
  const text = await answer.text();
  const participantId = /"participantId":"([0-9a-f-]{36})"/.exec(text)?.[1];
  expect(participantId, text.slice(0, 300)).toBeTruthy();
  return { participantId: participantId!, nightId };
}

/** HEALTH starts (or joins) tonight's clinic of that kind and lands on its page. */
async function startClinic(page: Page, type: "MOBILE_UNIT" | "DENTAL"): Promise<string> {
  await page.goto("/clinic");
  await expect(page.getByRole("heading", { level: 1, name: t("clinic.title") })).toBeVisible();
  const summary = page.getByText(t("clinic.newSession"), { exact: true });
  const form = page.locator("#field-type");
  if (!(await form.isVisible())) await summary.click();
  await form.selectOption(type);
  await page.getByRole("button", { name: t("clinic.startSession"), exact: true }).click();
  await page.waitForURL(/\/clinic\/sessions\/[0-9a-f-]{36}$/);
  return UUID.exec(page.url())![0];
}

test.describe("on a tablet in portrait", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test("HEALTH records tonight's encounter with a rapid HIV test and a vaccine, the next dose proposed, in well under a minute", DATED, async ({ page, newContext, baseURL }) => {
    const alias = `Van ${suffix()}`;
    const desk = await (await newContext()).newPage();
    await signIn(desk, DEMO.STAFF);
    await checkedInTonight(desk, alias, baseURL!);

    await signIn(page, DEMO.HEALTH);
    await page.getByRole("navigation", { name: t("nav.label") }).getByRole("link", { name: t("nav.clinic"), exact: true }).click();
    await startClinic(page, "MOBILE_UNIT");
    const started = Date.now();

    const form = page.locator("form[aria-labelledby=encounter-heading]");
    await form.locator("#encounter-search").fill(alias.slice(0, 6));
    await form.getByRole("button", { name: alias }).click();
    await expect(form.getByRole("button", { name: alias })).toHaveAttribute("aria-pressed", "true");
    await form.getByRole("button", { name: t("clinic.tests.HIV"), exact: true }).click();
    await expect(form.getByRole("button", { name: t("clinic.methods.RAPID"), exact: true })).toHaveAttribute("aria-pressed", "true");
    await form.getByLabel(t("clinic.encounter.resultGiven")).check();
    await form.getByRole("button", { name: "Hépatites A et B (combiné)", exact: true }).click();
    // A person who never had it starts the series: dose 1 of 3 is proposed.
    await expect(form.getByLabel("Dose de Hépatites A et B (combiné)")).toHaveValue("1");

    // Every control of the form is a 44 px target at least, and nothing scrolls sideways.
    const small = await form.locator("button, select, input:not([type=checkbox]), textarea").evaluateAll((elements) =>
      elements.filter((element) => element.getBoundingClientRect().height < 44).map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    const checkboxLabels = await form.locator("label:has(input[type=checkbox])").evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    for (const height of checkboxLabels) expect(height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

    await form.getByRole("button", { name: t("clinic.encounter.save"), exact: true }).click();
    await expect(form.getByText(t("clinic.encounterSaved"), { exact: true })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(60_000);

    const saved = page.getByTestId("encounter-list").getByRole("listitem").filter({ hasText: alias }).first();
    await expect(saved).toContainText(`${t("clinic.tests.HIV")} (${t("clinic.methods.RAPID")})`);
    await expect(saved).toContainText("Hépatites A et B (combiné) : dose 1 sur 3");
    await expectNoSeriousA11yViolations(page);

    // The form is empty again for the next person, and the next dose is now proposed as dose 2.
    await expect(form.getByRole("button", { name: t("clinic.encounter.anonymous"), exact: true })).toHaveAttribute("aria-pressed", "true");
    await form.getByRole("button", { name: alias }).click();
    await form.getByRole("button", { name: "Hépatites A et B (combiné)", exact: true }).click();
    await expect(form.getByLabel("Dose de Hépatites A et B (combiné)")).toHaveValue("2");
  });

  test("bad input on the tablet: an encounter without any service is refused with a message, and nothing is saved", async ({ page }) => {
    await signIn(page, DEMO.HEALTH);
    const sessionId = await startClinic(page, "DENTAL");
    const form = page.locator("form[aria-labelledby=encounter-heading]");
    await form.locator("#field-notes").fill("rien");
    await form.getByRole("button", { name: t("clinic.encounter.save"), exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: t("clinic.errors.noService") })).toBeVisible();
    await page.goto(`/clinic/sessions/${sessionId}`);
    await expect(page.getByTestId("encounter-list").getByText("rien", { exact: true })).toHaveCount(0);
  });
});

/** The page's HTML and its React Server Component payload, as that person's browser gets them. */
async function fetchBoth(request: APIRequestContext, path: string): Promise<{ status: number; text: string }> {
  const html = await request.get(path, { maxRedirects: 0 });
  const rsc = await request.get(path, { headers: { RSC: "1" }, maxRedirects: 0 });
  return { status: html.status(), text: `${await html.text()}\n${await rsc.text()}` };
}

test("no health data reaches STAFF, PEER or COORDINATOR (HTML, RSC payloads, action answers); the neutral flag does", async ({ page, newContext, baseURL }) => {
  // Three roles walk about fifty pages and payloads: more than the default minute on a busy 2-core machine.
  test.setTimeout(180_000);
  const origin = baseURL!;
  const alias = `Témoin ${suffix()}`;
  const note = `NOTE-CLINIQUE-${suffix()}`;
  const otherVaccine = `VACCIN-AUTRE-${suffix()}`;
  const desk = await (await newContext()).newPage();
  await signIn(desk, DEMO.STAFF);
  const { participantId, nightId } = await checkedInTonight(desk, alias, origin);

  // HEALTH records results, then an encounter with a marker in every health field.
  await signIn(page, DEMO.HEALTH);
  await page.goto("/clinic/settings");
  const turnOn = page.getByRole("button", { name: t("clinic.settings.turnOn"), exact: true });
  if (await turnOn.isVisible()) {
    await turnOn.click();
    await expect(page.getByRole("button", { name: t("clinic.settings.turnOff"), exact: true })).toBeVisible();
  }
  const sessionId = await startClinic(page, "MOBILE_UNIT");
  const form = page.locator("form[aria-labelledby=encounter-heading]");
  await form.getByRole("button", { name: alias }).click();
  await form.getByRole("button", { name: t("clinic.tests.HIV"), exact: true }).click();
  await form.getByRole("button", { name: t("clinic.methods.LAB"), exact: true }).click();
  await form.getByLabel(t("clinic.encounter.resultGiven")).check();
  await form.getByLabel(t("clinic.encounter.result"), { exact: true }).selectOption("INDETERMINATE");
  await form.getByRole("button", { name: t("clinic.tests.SYPHILIS"), exact: true }).click(); // result to give back: the flag
  await form.locator("#field-otherVaccine").fill(otherVaccine);
  await form.getByRole("button", { name: t("clinic.care.FOOT_CARE"), exact: true }).click();
  await form.getByRole("button", { name: t("clinic.care.DENTAL_EXTRACTION"), exact: true }).click();
  await form.locator("#field-notes").fill(note);
  await form.getByRole("button", { name: t("clinic.encounter.save"), exact: true }).click();
  await expect(form.getByText(t("clinic.encounterSaved"), { exact: true })).toBeVisible();

  // What HEALTH sees, and the ids of the records it holds.
  const healthView = await fetchBoth(page.request, `/clinic/sessions/${sessionId}`);
  expect(healthView.text).toContain(note);
  expect(healthView.text).toContain(otherVaccine);
  const testIds = [...healthView.text.matchAll(/\\?"testId\\?":\\?"([0-9a-f-]{36})/g)].map((match) => match[1]!);
  expect(testIds.length).toBeGreaterThan(0);
  const profile = await fetchBoth(page.request, `/participants/${participantId}`);
  expect(profile.text).toContain(note);
  await page.goto("/clinic");
  await expect(page.getByTestId("clinic-due-list").getByRole("listitem", { name: alias })).toContainText(t("clinic.tests.SYPHILIS"));

  // Rendered pieces that only a health record produces (labels alone are in every page's messages).
  const markers = [note, otherVaccine, ` · ${t("clinic.results.INDETERMINATE")}`, sessionId, ...testIds, "clinic-heading", "encounter-list", "clinic-due-list"];
  // A refused address is echoed back in its own 403 page's router state: the id the person typed.
  const expectClean = (text: string, where: string, typed = "") => {
    const found = markers.filter((marker) => text.includes(marker) && !typed.includes(marker));
    expect(found, where).toEqual([]);
  };

  const walks: { role: "STAFF" | "PEER" | "COORDINATOR"; allowed: string[]; refused: string[] }[] = [
    {
      role: "STAFF",
      allowed: ["/", "/tonight", "/participants", `/participants/${participantId}`, "/nights", `/nights/${nightId}`, "/referrals", "/directory", "/violence", "/stock", "/stock/ledger", "/stock/figures"],
      refused: ["/clinic", "/clinic/figures", "/clinic/settings", `/clinic/sessions/${sessionId}`],
    },
    { role: "PEER", allowed: ["/", "/tonight", "/directory", "/violence/alert-sheet"], refused: [`/participants/${participantId}`, "/clinic", "/clinic/figures", `/clinic/sessions/${sessionId}`] },
    {
      role: "COORDINATOR",
      allowed: ["/", "/tonight", "/participants", `/participants/${participantId}`, "/nights", `/nights/${nightId}`, "/referrals", "/stock/ledger", "/clinic/figures"],
      refused: ["/clinic", "/clinic/settings", `/clinic/sessions/${sessionId}`],
    },
  ];
  for (const walk of walks) {
    const other = await (await newContext()).newPage();
    await signIn(other, DEMO[walk.role]);
    for (const path of walk.allowed) {
      const { status, text } = await fetchBoth(other.request, path);
      expect(status, `${walk.role} ${path}`).toBe(200);
      expectClean(text, `${walk.role} ${path}`);
    }
    for (const path of walk.refused) {
      const { status, text } = await fetchBoth(other.request, path);
      expect(status, `${walk.role} ${path}`).toBe(403);
      expectClean(text, `${walk.role} ${path}`, path);
    }
    // Action answers: a forged encounter and a result given back are refused, saying nothing.
    for (const [name, args] of [
      ["recordEncounter", [{ sessionId, participantId, care: ["FOOT_CARE"], notes: "forged" }]],
      ["giveResult", [{ testId: testIds[0] }]],
    ] as const) {
      const answer = await postServerAction(other.request, { path: "/clinic", actionId: serverActionId(CLINIC_ACTIONS, name), args: [...args], origin });
      const text = await answer.text();
      expect(text).toContain('"ok":false');
      expectClean(text, `${walk.role} action ${name}`);
    }
    if (walk.role !== "PEER") {
      // Checking the person in again answers with tonight's list: still nothing but the flag.
      const answer = await postServerAction(other.request, { path: "/tonight", actionId: serverActionId(TONIGHT_ACTIONS, "checkIn"), args: [{ nightId, participantId }], origin });
      expectClean(await answer.text(), `${walk.role} action checkIn`);
    }
    // The neutral flag is on tonight's list for this person, and only the flag.
    await other.goto("/tonight");
    const card = other.getByTestId("visit-list").getByRole("listitem", { name: alias });
    await expect(card.getByTestId("clinic-invite")).toHaveText(t("clinic.inviteFlag"));
    await other.context().close();
  }
});

test("the coordinator's figures are counts; the health team's settings and records stay refused to them", async ({ page }) => {
  await signIn(page, DEMO.COORDINATOR);
  await goThroughNav(page, t("nav.clinicFigures"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t("clinic.figures.title"));
  await expect(page.getByTestId("clinic-totals")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto("/clinic/settings"))?.status()).toBe(403);
});

test("the health team's clinic pages, settings and a clinic history pass the accessibility check", async ({ page, newContext, baseURL }) => {
  const desk = await (await newContext()).newPage();
  await signIn(desk, DEMO.STAFF);
  const { participantId } = await checkedInTonight(desk, `Axe ${suffix()}`, baseURL!);
  await signIn(page, DEMO.HEALTH);
  for (const path of ["/clinic", "/clinic/settings", "/clinic/figures", `/participants/${participantId}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  // The profile's clinic section is there for HEALTH, and its read is audited (checked in the integration tests).
  await expect(page.getByRole("heading", { level: 2, name: t("clinic.history") })).toBeVisible();
});
