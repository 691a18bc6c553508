// The front desk between 6 and 10 p.m.: open the night, check people in by keyboard,
// register newcomers at the door, record services, close the night and read its summary; what a
// PEER and a HEALTH account may see; two desks checking in the same person at once; bad input;
// accessibility of every front-desk page.
//
// One file on purpose: the tests share the server's database, and a site has one night per date,
// so a night closed by one test is reopened, visits included, by the next. Tests in a file run in
// order: the evening's scenario comes first and sees tonight's night as the seed left it (empty
// on a database with the demo users only); it checks the summary against that starting point.
// Every test opens or closes the night itself instead of relying on an earlier one.
import type { APIResponse, BrowserContext, Locator, Page } from "@playwright/test";
import { DATED } from "./support/dated.ts";
import { testToday } from "../support/test-clock.ts";
import {
  alertWithText,
  DEMO,
  expect,
  expectNoSeriousA11yViolations,
  openVisit,
  postServerAction,
  serverActionId,
  signIn,
  t,
  test,
  tf,
} from "./support/fixtures.ts";

const TONIGHT_ACTIONS = "app/(staff)/tonight/actions.ts";
const PARTICIPANTS_ACTIONS = "app/(staff)/participants/actions.ts";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The JSON text of a message, as it appears in a server action's RSC answer. */
const inPayload = (text: string) => JSON.stringify(text).slice(1, -1);
const formatCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------------------------
// Tonight's page

type Counts = { visits: number; anonymous: number; newParticipants: number };

const searchBox = (page: Page) => page.locator("#check-in-search");
const results = (page: Page) => page.locator("#check-in-results").getByRole("option");
const countsLine = (page: Page) => page.getByTestId("tonight-counts");
const visitList = (page: Page) => page.getByTestId("visit-list");
const visitCard = (page: Page, name: string) => visitList(page).getByRole("listitem", { name, exact: true });
const checkInPanel = (page: Page) => page.locator("section[aria-labelledby=check-in-heading]");
const openButton = (page: Page) => page.getByRole("button", { name: t("tonight.openNight"), exact: true });
const anonymousButton = (page: Page) => page.getByRole("button", { name: t("tonight.anonymous"), exact: true });
const newPersonButton = (page: Page) => page.getByRole("button", { name: t("tonight.newPerson"), exact: true });
// A visit card's fields: each <label> wraps its control, so the name is the label then the value.
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}(\\s|$)`);
const itemSelect = (card: Locator) => card.getByRole("combobox", { name: startsWith(t("tonight.item")) });
const sizeSelect = (card: Locator) => card.getByRole("combobox", { name: startsWith(t("tonight.size")) });
/** Picks an item by its name: the option's label also says how many are left ("Condoms (reste 150)"). */
async function chooseItem(card: Locator, name: string): Promise<void> {
  const select = itemSelect(card);
  const value = await select.locator("option").filter({ hasText: new RegExp(`^${escapeRegExp(name)}( \\(|$)`) }).getAttribute("value");
  await select.selectOption(value!);
}
const quantityField = (card: Locator) => card.getByRole("spinbutton", { name: startsWith(t("tonight.quantity")) });

const COUNTS = new RegExp(
  `^${escapeRegExp(t("tonight.counts")).replace(/\\\{(\w+)\\\}/g, (_, name: string) => `(?<${name}>\\d+)`)}$`,
);

function countsText(counts: Counts): string {
  return tf("tonight.counts", {
    visits: String(counts.visits),
    anonymous: String(counts.anonymous),
    newParticipants: String(counts.newParticipants),
  });
}

async function readCounts(page: Page): Promise<Counts> {
  const text = ((await countsLine(page).textContent()) ?? "").trim();
  const groups = COUNTS.exec(text)?.groups;
  if (!groups) throw new Error(`Unexpected counts line "${text}"`);
  return { visits: Number(groups.visits), anonymous: Number(groups.anonymous), newParticipants: Number(groups.newParticipants) };
}

/** /tonight with the night open: opens it if needed (STAFF or COORDINATOR). */
async function openTonight(page: Page): Promise<void> {
  await page.goto("/tonight");
  await expect(searchBox(page).or(openButton(page))).toBeVisible();
  if (await openButton(page).isVisible()) await openButton(page).click();
  await expect(searchBox(page)).toBeVisible();
  await expect(countsLine(page)).toBeVisible();
}

/** Closes tonight's night through the form and returns its id (from the summary's address). */
async function closeTonight(page: Page, note = ""): Promise<string> {
  await page.goto("/tonight");
  await expect(searchBox(page)).toBeVisible();
  if (note) await page.getByLabel(t("tonight.closeNote")).fill(note);
  await page.getByRole("button", { name: t("tonight.closeConfirm"), exact: true }).click();
  await page.waitForURL(/\/nights\/[0-9a-f-]{36}$/);
  return UUID.exec(page.url())![0];
}

/** /tonight with no night open (closes it if needed). */
async function ensureClosed(page: Page): Promise<void> {
  await page.goto("/tonight");
  await expect(searchBox(page).or(openButton(page))).toBeVisible();
  if (await searchBox(page).isVisible()) {
    await closeTonight(page);
    await page.goto("/tonight");
  }
  await expect(openButton(page)).toBeVisible();
}

/** The id of the open night, from the list of nights. */
async function openNightId(page: Page): Promise<string> {
  await page.goto("/nights");
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: t("nights.open"), exact: true }) });
  await expect(row).toHaveCount(1);
  const href = await row.getByRole("link").getAttribute("href");
  return UUID.exec(href ?? "")![0];
}

type Summary = Counts & { meals: number };

async function readSummary(page: Page, nightId: string): Promise<Summary> {
  if (!page.url().endsWith(`/nights/${nightId}`)) await page.goto(`/nights/${nightId}`);
  const figure = async (key: string) => Number(((await page.getByTestId(`summary-${key}`).textContent()) ?? "").trim());
  await expect(page.getByTestId("night-summary")).toBeVisible();
  return {
    visits: await figure("visits"),
    anonymous: await figure("anonymous"),
    newParticipants: await figure("newParticipants"),
    meals: await figure("meals"),
  };
}

/** Waits for the search answer to exactly `typed` (the box asks as you type). */
function searchAnswered(page: Page, typed: string) {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/participants/search" && url.searchParams.get("q") === typed.trim();
  });
}

/** Types into the focused search box and waits until `alias` is the first, selected result. */
async function typeAndFind(page: Page, typed: string, alias: string, code?: string): Promise<void> {
  await expect(searchBox(page)).toBeFocused();
  const answered = searchAnswered(page, typed);
  await page.keyboard.type(typed);
  expect((await answered).status()).toBe(200);
  const first = results(page).first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(first).toContainText(alias);
  if (code) await expect(first).toContainText(formatCode(code));
}

/** Keyboard only: type part of the alias (or the code), wait for the person, Enter. */
async function checkInByTyping(
  page: Page,
  person: { typed: string; alias: string; code: string; lastVisitDate?: string | null },
): Promise<void> {
  await typeAndFind(page, person.typed, person.alias, person.code);
  // The result says when the person last came, or that tonight is the first time.
  if (person.lastVisitDate !== undefined) {
    await expect(results(page).first()).toContainText(
      person.lastVisitDate ? tf("tonight.lastVisit", { date: person.lastVisitDate }) : t("tonight.neverVisited"),
    );
  }
  await page.keyboard.press("Enter");
  await expect(checkInPanel(page)).toContainText(`${t("tonight.checkedIn")} ${person.alias} (${formatCode(person.code)})`);
  // Ready for the next person: the box is empty and still has the focus.
  await expect(searchBox(page)).toHaveValue("");
  await expect(searchBox(page)).toBeFocused();
  await expect(visitCard(page, person.alias).filter({ hasText: formatCode(person.code) })).toHaveCount(1);
}

/** Keyboard only: from the empty search box, Tab to "+1 visite anonyme", Enter. */
async function countAnonymousByKeyboard(page: Page): Promise<void> {
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("");
  await page.keyboard.press("Tab");
  await expect(anonymousButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(checkInPanel(page)).toContainText(t("tonight.anonymousCounted"));
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("");
}

/**
 * Keyboard only: type the newcomer's alias, Tab twice to "Nouvelle personne", Enter; the intake
 * opens with the alias filled in and focused; Enter registers and checks the person in.
 * Returns the new code, shown large.
 */
async function registerNewcomerByKeyboard(page: Page, alias: string, needs: string[] = []): Promise<string> {
  await expect(searchBox(page)).toBeFocused();
  const answered = searchAnswered(page, alias);
  await page.keyboard.type(alias);
  await answered;
  await page.keyboard.press("Tab");
  await expect(anonymousButton(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(newPersonButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  const intake = page.getByRole("form", { name: t("participants.newTitle") });
  const aliasField = intake.getByLabel(t("participants.alias"), { exact: true });
  await expect(aliasField).toBeFocused();
  await expect(aliasField).toHaveValue(alias);
  // Consent defaults to "needs and housing"; a few needs, ticked with the space bar.
  await expect(intake.getByRole("radio", { name: t("enums.consentScope.NEEDS"), exact: true })).toBeChecked();
  for (const need of needs) {
    const box = intake.getByRole("checkbox", { name: t(`enums.immediateNeed.${need}`), exact: true });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await aliasField.focus();
  await page.keyboard.press("Enter");
  await expect(intake).toHaveCount(0);
  const code = ((await page.getByTestId("new-code").textContent()) ?? "").replace(/\s/g, "");
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
  await expect(checkInPanel(page)).toContainText(t("participants.created"));
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("");
  const card = visitCard(page, alias).filter({ hasText: formatCode(code) });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(t("tonight.firstVisitBadge"));
  return code;
}

// ---------------------------------------------------------------------------------------------
// Participants

type Participant = { id: string; code: string; alias: string };

/** Registers a person through /participants/new (no check-in), as staff do outside a night. */
async function registerParticipant(
  page: Page,
  alias: string,
  options: { consent?: "VISITS_ONLY" | "NEEDS" | "NEEDS_AND_NOTES"; note?: string; needs?: string[] } = {},
): Promise<Participant> {
  await page.goto("/participants/new");
  const aliasField = page.getByLabel(t("participants.alias"), { exact: true });
  await expect(aliasField).toBeFocused();
  await aliasField.fill(alias);
  if (options.consent) await page.getByRole("radio", { name: t(`enums.consentScope.${options.consent}`), exact: true }).check();
  for (const need of options.needs ?? []) {
    await page.getByRole("checkbox", { name: t(`enums.immediateNeed.${need}`), exact: true }).check();
  }
  if (options.note) await page.getByLabel(t("participants.note"), { exact: true }).fill(options.note);
  await page.getByRole("button", { name: t("participants.create"), exact: true }).click();
  await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(alias);
  const code = ((await page.getByTestId("participant-code").textContent()) ?? "").replace(/\s/g, "");
  return { id: UUID.exec(page.url())![0], code, alias };
}

/** Participants seen on an earlier night (the demo seed's history), if the database has any. */
async function participantsSeenBefore(page: Page, today: string): Promise<(Participant & { lastVisitDate: string })[]> {
  await page.goto("/participants");
  await expect(page.getByRole("heading", { level: 1, name: t("participants.title") })).toBeVisible();
  const rows = page.getByRole("row").filter({ has: page.getByRole("link") });
  const found: (Participant & { lastVisitDate: string })[] = [];
  for (const row of await rows.all()) {
    const cells = row.getByRole("cell");
    const link = cells.nth(0).getByRole("link");
    const lastVisitDate = ((await cells.nth(3).textContent()) ?? "").trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(lastVisitDate) || lastVisitDate >= today) continue;
    found.push({
      id: UUID.exec((await link.getAttribute("href")) ?? "")![0],
      alias: ((await link.textContent()) ?? "").trim(),
      code: ((await cells.nth(1).textContent()) ?? "").replace(/\s/g, ""),
      lastVisitDate,
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Everything a browser context received

type Received = { url: string; type: string; status: number; body: string };

/** Records the body of every response a context gets (static build files aside). */
function recordResponses(context: BrowserContext): () => Promise<Received[]> {
  const pending: Promise<Received>[] = [];
  context.on("response", (response) => {
    const url = response.url();
    if (new URL(url).pathname.startsWith("/_next/static/")) return;
    const base = { url, type: response.request().resourceType(), status: response.status() };
    // Redirects have no body; a body cut short by a navigation is empty.
    pending.push(response.text().then((body) => ({ ...base, body }), () => ({ ...base, body: "" })));
  });
  return async () => Promise.all(pending);
}

function expectNotIn(received: Received[], secrets: string[]): void {
  for (const response of received) {
    for (const secret of secrets) {
      expect(response.body, `${response.type} ${response.url} (${response.status}) carries "${secret}"`).not.toContain(secret);
    }
  }
}

async function expectPageFreeOf(page: Page, secrets: string[]): Promise<void> {
  const html = await page.content();
  for (const secret of secrets) expect(html, `${page.url()} shows "${secret}"`).not.toContain(secret);
}

// ---------------------------------------------------------------------------------------------
// 1. The evening

// Twelve people registered before tonight, each found by a few letters nobody else's alias
// starts with (a "u" never occurs in a code, so these letters cannot match a code prefix either);
// two are found by their code. "mur" finds "Mûrier" (accents ignored), "HUB" finds "Hublot".
//
// A person counts as new on the night of their first visit ever. The end-to-end database has no
// earlier nights (users only), so these twelve, registered today, are first-timers too and the
// summary says 22 new; the "10 new" needs regulars seen on an earlier night. When the
// database has such people (the demo seed's history), the test takes them instead, finds them by
// code, and checks the 25 / 3 / 10 exactly.
const REGULARS = [
  { alias: "Bulle", typed: "bul" },
  { alias: "Curcuma", typed: "curc" },
  { alias: "Duvet", typed: "duv" },
  { alias: "Fusain", typed: "fus" },
  { alias: "Guimauve", typed: "guim" },
  { alias: "Hublot", typed: "HUB" },
  { alias: "Jujube", typed: "juj" },
  { alias: "Kumquat", typed: null },
  { alias: "Lupin", typed: "lup" },
  { alias: "Mûrier", typed: "mur" },
  { alias: "Nuage", typed: "nua" },
  { alias: "Prune", typed: null },
] as const;
const NEWCOMERS = ["Ouragan", "Tournesol", "Aurore", "Cumulus", "Nébuleuse", "Écureuil", "Fugue", "Luciole", "Quasar", "Rubis"];
// R: a regular, N: a newcomer through the quick intake, A: an anonymous visitor.
const ARRIVALS = "RNRRNARNRRNRNANRRNRNRANRN";

test("an evening: open, 25 people checked in by keyboard (10 new, 3 anonymous), services, close, summary", async ({ page, signInAs }) => {
  test.setTimeout(360_000);
  expect([...ARRIVALS].filter((kind) => kind === "R")).toHaveLength(REGULARS.length);
  expect([...ARRIVALS].filter((kind) => kind === "N")).toHaveLength(NEWCOMERS.length);
  expect([...ARRIVALS].filter((kind) => kind === "A")).toHaveLength(3);
  const today = testToday();

  await signInAs("STAFF");

  // The people who came on earlier nights: the demo seed's regulars when the database has a
  // history; otherwise registered now through /participants/new, which checks nobody in.
  const seenBefore = await participantsSeenBefore(page, today);
  const fromHistory = seenBefore.length >= REGULARS.length;
  const regulars = fromHistory
    ? seenBefore.slice(0, REGULARS.length).map((person) => ({ ...person, typed: person.code, firstVisit: false }))
    : await (async () => {
        const registered = [];
        for (const regular of REGULARS) {
          const person = await registerParticipant(page, regular.alias);
          registered.push({ ...person, typed: regular.typed ?? person.code, firstVisit: true, lastVisitDate: null });
        }
        return registered;
      })();
  test.info().annotations.push({
    type: "regulars",
    description: fromHistory
      ? "12 participants of the seed's history (seen on an earlier night), found by code"
      : "no history in the database: 12 participants registered before the night; their first visit is tonight, so the summary counts them as new too",
  });

  // The night opens; where it stands before anyone comes in (empty on a fresh database).
  await openTonight(page);
  const nightId = await openNightId(page);
  const before = await readSummary(page, nightId);
  test.info().annotations.push({ type: "night before the scenario", description: JSON.stringify(before) });

  await page.goto("/tonight");
  await expect(searchBox(page)).toBeFocused();
  await expect(countsLine(page)).toHaveText(countsText(before));
  await expectNoSeriousA11yViolations(page);

  const expected: Counts = { ...before };
  const newcomers: Participant[] = [];
  let regularIndex = 0;
  let newcomerIndex = 0;
  for (const kind of ARRIVALS) {
    if (kind === "R") {
      const regular = regulars[regularIndex++]!;
      await checkInByTyping(page, regular);
      expected.visits++;
      if (regular.firstVisit) expected.newParticipants++;
    } else if (kind === "N") {
      const alias = NEWCOMERS[newcomerIndex++]!;
      const code = await registerNewcomerByKeyboard(page, alias, newcomerIndex % 3 === 1 ? ["FOOD", "HYGIENE"] : []);
      newcomers.push({ id: "", code, alias });
      expected.visits++;
      expected.newParticipants++;
    } else {
      await countAnonymousByKeyboard(page);
      expected.visits++;
      expected.anonymous++;
    }
    await expect(countsLine(page)).toHaveText(countsText(expected));
  }
  await expect(visitCard(page, t("tonight.anonymousVisitor"))).toHaveCount(3 + before.anonymous);

  // Services for some: meals, a snack, socks of a size, condoms.
  const cardOf = (person: { alias: string; code: string }) => visitCard(page, person.alias).filter({ hasText: formatCode(person.code) });
  const toggle = async (card: ReturnType<typeof cardOf>, kind: string) => {
    await openVisit(card);
    const button = card.getByRole("button", { name: t(`enums.service.${kind}`), exact: true });
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
  };
  const mealCards = [cardOf(regulars[0]!), cardOf(regulars[1]!), cardOf(regulars[2]!), cardOf(newcomers[0]!), visitCard(page, t("tonight.anonymousVisitor")).first()];
  for (const card of mealCards) await toggle(card, "MEAL");
  await toggle(cardOf(newcomers[1]!), "SNACK");

  const sockCard = cardOf(newcomers[0]!);
  await openVisit(sockCard);
  await chooseItem(sockCard, "Bas (paire)");
  await sizeSelect(sockCard).selectOption("M");
  await quantityField(sockCard).fill("2");
  await sockCard.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(sockCard.getByRole("list", { name: t("tonight.items") })).toContainText("2 × Bas (paire) (M)");

  const condomCard = cardOf(regulars[3]!);
  await openVisit(condomCard);
  await chooseItem(condomCard, "Condoms");
  await expect(sizeSelect(condomCard)).toHaveCount(0);
  await quantityField(condomCard).fill("10");
  await condomCard.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(condomCard.getByRole("list", { name: t("tonight.items") })).toContainText("10 × Condoms");

  // Someone leaves early.
  await openVisit(cardOf(regulars[4]!));
  await cardOf(regulars[4]!).getByRole("button", { name: t("tonight.checkOut"), exact: true }).click();
  await expect(cardOf(regulars[4]!)).toContainText(tf("tonight.checkedOutAt", { time: "" }).trim());
  await expect(cardOf(regulars[4]!).getByRole("button", { name: t("tonight.checkOut"), exact: true })).toHaveCount(0);

  // The profile of a regular shows tonight's visit with its services.
  await page.goto(`/participants/${regulars[3]!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(regulars[3]!.alias);
  await expect(page.locator("section[aria-labelledby=timeline-heading]")).toContainText("10 × Condoms");

  // Close the night with a note: the summary adds up.
  const closedId = await closeTonight(page, "Soirée test : 25 personnes.");
  expect(closedId).toBe(nightId);
  const summary = await readSummary(page, nightId);
  test.info().annotations.push({ type: "summary", description: JSON.stringify(summary) });
  expect(summary).toEqual({
    visits: before.visits + 25,
    anonymous: before.anonymous + 3,
    newParticipants: before.newParticipants + 10 + regulars.filter((regular) => regular.firstVisit).length,
    meals: before.meals + mealCards.length,
  });
  if (before.visits === 0 && fromHistory) {
    // The issue's own figures, on a night that started empty with returning regulars.
    expect([summary.visits, summary.anonymous, summary.newParticipants]).toEqual([25, 3, 10]);
  }
  await expect(page.locator("section[aria-labelledby=services-heading]")).toContainText(`${t("enums.service.MEAL")} : ${summary.meals}`);
  await expect(page.locator("section[aria-labelledby=items-heading]")).toContainText("Bas (paire) :");
  await expect(page.locator("section[aria-labelledby=items-heading]")).toContainText("Condoms :");
  await expect(page.locator("section[aria-labelledby=note-heading]")).toContainText("Soirée test : 25 personnes.");
  await expect(page.locator("section[aria-labelledby=staff-heading]")).toContainText(DEMO.STAFF.displayName);
  await expectNoSeriousA11yViolations(page);

  // /tonight offers to open the night again, and the list of nights shows this one closed.
  await page.goto("/tonight");
  await expect(openButton(page)).toBeVisible();
  await page.goto("/nights");
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/nights/${nightId}"]`) });
  await expect(row).toContainText(t("nights.closedStatus"));
  await expect(row.getByRole("cell").nth(1)).toHaveText(String(summary.visits));
});

// ---------------------------------------------------------------------------------------------
// 6. Keyboard

test("keyboard: the search box has the focus on arrival and after every check-in; arrows choose, Enter checks in, Escape clears", async ({
  page,
  signInAs,
}) => {
  await signInAs("STAFF");
  const red = await registerParticipant(page, "Tulipe Rouge");
  const blue = await registerParticipant(page, "Tulipe Bleue");
  await openTonight(page);
  await page.reload();
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveAttribute("role", "combobox");
  const before = await readCounts(page);

  // Two results, by alias: "tulipe bleue" first. ArrowDown selects the second, Enter takes it.
  const answered = searchAnswered(page, "tulip");
  await page.keyboard.type("tulip");
  await answered;
  await expect(results(page)).toHaveCount(2);
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "true");
  await expect(results(page).nth(0)).toContainText(blue.alias);
  await expect(results(page).nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(results(page).nth(0)).toHaveAttribute("aria-selected", "false");
  await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", `hit-${red.id}`);
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(checkInPanel(page)).toContainText(`${t("tonight.checkedIn")} ${red.alias}`);
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("");
  await expect(results(page)).toHaveCount(0);
  await expect(visitCard(page, red.alias)).toHaveCount(1);
  await expect(visitCard(page, blue.alias)).toHaveCount(0);
  await expect(countsLine(page)).toHaveText(countsText({ ...before, visits: before.visits + 1, newParticipants: before.newParticipants + 1 }));

  // Escape empties the box; the focus stays.
  await page.keyboard.type("tulip");
  await expect(results(page)).toHaveCount(2);
  // Tonight's red tulip is already in: it goes after the one still to check in, and says so.
  await expect(results(page).nth(0)).toContainText(blue.alias);
  await expect(results(page).nth(1)).toContainText(red.alias);
  await expect(results(page).nth(1)).toContainText(t("tonight.alreadyInBadge"));
  await page.keyboard.press("Escape");
  await expect(searchBox(page)).toHaveValue("");
  await expect(results(page)).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();

  // Enter on someone already in: one visit still, and the box is ready again.
  await typeAndFind(page, "tulipe r", red.alias, red.code);
  await expect(results(page)).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(checkInPanel(page)).toContainText(`${t("tonight.alreadyIn")} ${red.alias} (${formatCode(red.code)})`);
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("");
  await expect(visitCard(page, red.alias)).toHaveCount(1);

  // Typing nothing matches: a message, and Enter does nothing.
  const none = searchAnswered(page, "zzuzz");
  await page.keyboard.type("zzuzz");
  await none;
  await expect(checkInPanel(page)).toContainText(t("tonight.noMatch"));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await expect(searchBox(page)).toHaveValue("");

  // The anonymous visitor and the quick intake also hand the focus back to an empty box.
  await countAnonymousByKeyboard(page);
  await registerNewcomerByKeyboard(page, "Zéphyrine");
  await expect(countsLine(page)).toHaveText(
    countsText({ visits: before.visits + 3, anonymous: before.anonymous + 1, newParticipants: before.newParticipants + 2 }),
  );

  // "New person" for someone who has a record: the intake shows the similar aliases first, and
  // choosing one checks that person in instead of making a second record.
  const answeredBlue = searchAnswered(page, blue.alias);
  await page.keyboard.type(blue.alias);
  await answeredBlue;
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(newPersonButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  const intake = page.getByRole("form", { name: t("participants.newTitle") });
  await expect(intake.getByText(t("participants.possibleMatches"))).toBeVisible();
  const match = intake.getByRole("listitem").filter({ hasText: formatCode(blue.code) });
  await match.getByRole("button", { name: t("participants.useThisPerson"), exact: true }).click();
  await expect(intake).toHaveCount(0);
  await expect(checkInPanel(page)).toContainText(`${t("tonight.checkedIn")} ${blue.alias} (${formatCode(blue.code)})`);
  await expect(searchBox(page)).toBeFocused();
  await expect(visitCard(page, blue.alias)).toHaveCount(1);
  await expect(countsLine(page)).toHaveText(
    countsText({ visits: before.visits + 4, anonymous: before.anonymous + 1, newParticipants: before.newParticipants + 3 }),
  );
  const search = await page.request.get(`/api/participants/search?${new URLSearchParams({ q: "tulipe" })}`);
  expect(((await search.json()) as unknown[]).length).toBe(2);
});

// ---------------------------------------------------------------------------------------------
// 2. What a PEER and a HEALTH account receive

test("a PEER checks a person in without ever receiving the intake note or the restriction reason; HEALTH sees alias and visits only", async ({
  page,
  signInAs,
  newContext,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const noteMarker = `NoteSecrete${suffix}`;
  const reasonMarker = `RaisonSecrete${suffix}`;

  // Staff register the person with consent to a note, add a restriction, and open the night.
  await signInAs("STAFF");
  const person = await registerParticipant(page, "Vulcain", {
    consent: "NEEDS_AND_NOTES",
    needs: ["HEALTH_CARE"],
    note: `Suivi : ${noteMarker}`,
  });
  // Staff see both on the profile: the markers are really there to leak.
  await expect(page.locator("section[aria-labelledby=intakes-heading]")).toContainText(noteMarker);
  await page.getByLabel(t("participants.reason"), { exact: true }).fill(reasonMarker);
  await page.getByRole("button", { name: t("participants.addRestriction"), exact: true }).click();
  await expect(page.getByText(t("participants.restrictionSaved"))).toBeVisible();
  await expect(page.locator("section[aria-labelledby=restrictions-heading]")).toContainText(reasonMarker);
  await openTonight(page);

  // The PEER, with every response recorded from sign-in on.
  const peerContext = await newContext();
  const peerReceived = recordResponses(peerContext);
  const peer = await peerContext.newPage();
  await signIn(peer, DEMO.PEER);
  await peer.goto("/tonight");
  await expect(searchBox(peer)).toBeFocused();
  // A PEER checks in and counts, but neither registers, nor closes the night.
  await expect(newPersonButton(peer)).toHaveCount(0);
  await expect(peer.getByRole("button", { name: t("tonight.closeConfirm"), exact: true })).toHaveCount(0);
  await expectPageFreeOf(peer, [noteMarker, reasonMarker]);

  await typeAndFind(peer, "vulc", person.alias, person.code);
  // The alert shows, without its reason.
  await expect(results(peer).first()).toContainText(t("tonight.restricted"));
  await expectPageFreeOf(peer, [noteMarker, reasonMarker]);
  await peer.keyboard.press("Enter");
  await expect(checkInPanel(peer)).toContainText(`${t("tonight.checkedIn")} ${person.alias}`);
  const card = visitCard(peer, person.alias);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(t("tonight.restricted"));
  // A PEER records a service.
  await card.getByRole("button", { name: t("enums.service.MEAL"), exact: true }).click();
  await expect(card.getByRole("button", { name: t("enums.service.MEAL"), exact: true })).toHaveAttribute("aria-pressed", "true");
  await peer.reload();
  await expect(visitCard(peer, person.alias)).toContainText(t("tonight.restricted"));
  await expectPageFreeOf(peer, [noteMarker, reasonMarker]);
  // And counts someone who declines a record.
  await countAnonymousByKeyboard(peer);

  // The profile, typed in the address bar: refused, and nothing of the record comes back.
  const profile = await peer.goto(`/participants/${person.id}`);
  expect(profile?.status()).toBe(403);
  await expect(peer.getByRole("heading", { level: 1, name: t("errors.forbiddenTitle") })).toBeVisible();
  await expectPageFreeOf(peer, [noteMarker, reasonMarker, person.code]);
  expect((await peer.goto("/participants"))?.status()).toBe(403);
  // The routes the page uses, asked directly.
  const search = await peer.request.get(`/api/participants/search?${new URLSearchParams({ q: "vulcain" })}`);
  expect(search.status()).toBe(200);
  const searchBody = await search.text();
  expect(searchBody).toContain(person.code);
  expect(searchBody).not.toContain(noteMarker);
  expect(searchBody).not.toContain(reasonMarker);
  expect((await peer.request.get(`/api/participants/matches?${new URLSearchParams({ alias: "Vulcain" })}`)).status()).toBe(403);

  const received = await peerReceived();
  // The recording saw the pages and the search as they came (a check that it records at all).
  expect(received.some((response) => response.type === "document" && new URL(response.url).pathname === "/tonight")).toBe(true);
  expect(received.some((response) => new URL(response.url).pathname === "/api/participants/search" && response.body.includes(person.code))).toBe(true);
  expectNotIn(received, [noteMarker, reasonMarker]);

  // HEALTH: the list and the profile with code, alias and visits; no note, no reason; no /tonight.
  const healthContext = await newContext();
  const healthReceived = recordResponses(healthContext);
  const health = await healthContext.newPage();
  await signIn(health, DEMO.HEALTH);
  expect((await health.goto("/tonight"))?.status()).toBe(403);
  await health.goto(`/participants?${new URLSearchParams({ q: "vulcain" })}`);
  await health.getByRole("link", { name: person.alias, exact: true }).click();
  await health.waitForURL(`**/participants/${person.id}`);
  await expect(health.getByRole("heading", { level: 1 })).toContainText(person.alias);
  await expect(health.getByTestId("participant-code")).toHaveText(formatCode(person.code));
  await expect(health.getByText(t("participants.healthView"))).toBeVisible();
  await expect(health.getByText("1 visite", { exact: true })).toBeVisible();
  const timeline = health.locator("section[aria-labelledby=timeline-heading]");
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await expect(timeline).toContainText(t("enums.service.MEAL"));
  await expect(health.locator("section[aria-labelledby=intakes-heading]")).toHaveCount(0);
  await expect(health.locator("section[aria-labelledby=restrictions-heading]")).toHaveCount(0);
  await expect(health.locator("section[aria-labelledby=edit-heading]")).toHaveCount(0);
  await expectPageFreeOf(health, [noteMarker, reasonMarker]);
  await expectNoSeriousA11yViolations(health);
  const healthResponses = await healthReceived();
  expect(healthResponses.some((response) => new URL(response.url).pathname === `/participants/${person.id}`)).toBe(true);
  expectNotIn(healthResponses, [noteMarker, reasonMarker]);
});

// ---------------------------------------------------------------------------------------------
// 3. Two desks, one person

test("two staff checking in the same person at the same moment make one visit", async ({ page, signInAs, newContext, baseURL }) => {
  test.setTimeout(120_000);
  await signInAs("STAFF");
  const person = await registerParticipant(page, "Tumulte");
  const other = await registerParticipant(page, "Turquoise");
  await openTonight(page);
  const nightId = await openNightId(page);

  const colleague = await (await newContext()).newPage();
  await signIn(colleague, DEMO.COORDINATOR);
  const desks = [page, colleague];
  for (const desk of desks) {
    await desk.goto("/tonight");
    await expect(searchBox(desk)).toBeFocused();
  }
  const before = await readCounts(page);

  // Both find the person, then both press Enter at once.
  await Promise.all(desks.map((desk) => typeAndFind(desk, "tumu", person.alias, person.code)));
  await Promise.all(desks.map((desk) => desk.keyboard.press("Enter")));
  for (const desk of desks) await expect(searchBox(desk)).toHaveValue("");
  const messages = await Promise.all(desks.map(async (desk) => (await checkInPanel(desk).textContent()) ?? ""));
  // One desk made the visit; the other was told the person is already in.
  expect(messages.filter((message) => message.includes(t("tonight.checkedIn")))).toHaveLength(1);
  expect(messages.filter((message) => message.includes(t("tonight.alreadyIn")))).toHaveLength(1);

  const after = { ...before, visits: before.visits + 1, newParticipants: before.newParticipants + 1 };
  for (const desk of desks) {
    await desk.reload();
    await expect(visitCard(desk, person.alias)).toHaveCount(1);
    await expect(countsLine(desk)).toHaveText(countsText(after));
  }

  // Six check-ins of another person posted at once, as six tablets would: one visit, one id.
  const checkIn = serverActionId(TONIGHT_ACTIONS, "checkIn");
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, index) =>
      postServerAction((index % 2 === 0 ? page : colleague).request, {
        path: "/tonight",
        actionId: checkIn,
        args: [{ nightId, participantId: other.id }],
        origin: baseURL as string,
      }).then((response: APIResponse) => response.text()),
    ),
  );
  for (const answer of answers) expect(answer).toContain('"ok":true');
  expect(answers.filter((answer) => answer.includes('"alreadyIn":false'))).toHaveLength(1);
  expect(answers.filter((answer) => answer.includes('"alreadyIn":true'))).toHaveLength(5);
  const visitIds = new Set(answers.map((answer) => /"visitId":"([0-9a-f-]{36})"/.exec(answer)?.[1]));
  expect(visitIds.size).toBe(1);
  expect([...visitIds][0]).toMatch(UUID);

  await page.reload();
  await expect(visitCard(page, other.alias)).toHaveCount(1);
  await expect(countsLine(page)).toHaveText(countsText({ ...after, visits: after.visits + 1, newParticipants: after.newParticipants + 1 }));
});

// ---------------------------------------------------------------------------------------------
// 4. Bad input

test("bad input: an empty or 41-character alias gets a French field error and creates nothing; a missing size is refused", async ({
  page,
  signInAs,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signInAs("STAFF");
  await openTonight(page);
  const before = await readCounts(page);
  const aliasError = t("validation.aliasLength");

  // Empty: the intake opened from an empty search box.
  await expect(searchBox(page)).toBeFocused();
  await newPersonButton(page).click();
  const intake = page.getByRole("form", { name: t("participants.newTitle") });
  const aliasField = intake.getByLabel(t("participants.alias"), { exact: true });
  await expect(aliasField).toHaveValue("");
  await intake.getByRole("button", { name: t("participants.createAndCheckIn"), exact: true }).click();
  await expect(alertWithText(page, aliasError)).toBeVisible();
  await expect(aliasField).toHaveAttribute("aria-invalid", "true");
  // Spaces only are empty too.
  await aliasField.fill("   ");
  await aliasField.press("Enter");
  await expect(alertWithText(page, aliasError)).toBeVisible();

  // 41 characters: the field stops at 40 as one types...
  const long = `Ulule${"x".repeat(36)}`;
  expect(long).toHaveLength(41);
  await aliasField.fill("");
  await aliasField.pressSequentially(long);
  await expect(aliasField).toHaveValue(long.slice(0, 40));
  await expect(alertWithText(page, aliasError)).toHaveCount(0);
  // ...and when the limit is not in the way (an old browser, a script), the form refuses it.
  await aliasField.evaluate((input) => input.removeAttribute("maxlength"));
  await aliasField.fill(long);
  await expect(aliasField).toHaveValue(long);
  await aliasField.press("Enter");
  await expect(alertWithText(page, aliasError)).toBeVisible();
  await expect(intake).toBeVisible();
  await intake.getByRole("button", { name: t("common.cancel"), exact: true }).click();
  await expect(intake).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();

  // The server refuses the same input posted directly, with the field's message in French.
  const nightId = await openNightId(page);
  const origin = baseURL as string;
  const intakeInput = { consentScope: "NEEDS", immediateNeeds: [], longTermNeeds: [], housing: "", note: "" };
  const attempts: [string, unknown, string][] = [
    ["/tonight", { alias: long, intake: intakeInput, checkInNightId: nightId }, aliasError],
    ["/tonight", { alias: "", intake: intakeInput, checkInNightId: nightId }, aliasError],
    ["/participants/new", { alias: long, intake: intakeInput }, aliasError],
    ["/participants/new", { alias: "Ulule\u0007", intake: intakeInput }, t("validation.controlCharacters")],
  ];
  for (const [path, input, fieldError] of attempts) {
    const actionId = path === "/tonight" ? serverActionId(TONIGHT_ACTIONS, "registerAndCheckIn") : serverActionId(PARTICIPANTS_ACTIONS, "createParticipant");
    const answer = await (await postServerAction(page.request, { path, actionId, args: [input], origin })).text();
    expect(answer, path).toContain('"ok":false');
    expect(answer, path).toContain(inPayload(t("errors.invalidInput")));
    expect(answer, path).toContain(`"alias":"${inPayload(fieldError)}"`);
  }

  // Nothing was written: nobody is called "Ulule…", and tonight's counts did not move.
  const search = await page.request.get(`/api/participants/search?${new URLSearchParams({ q: "ulule" })}`);
  expect(await search.json()).toEqual([]);
  await page.goto("/tonight");
  await expect(countsLine(page)).toHaveText(countsText(before));

  // An item with sizes needs a size: refused with a message, nothing recorded.
  await countAnonymousByKeyboard(page);
  const card = visitCard(page, t("tonight.anonymousVisitor")).first();
  await chooseItem(card, "Chandail");
  await expect(sizeSelect(card)).toHaveValue("");
  await card.getByRole("button", { name: t("tonight.addItem"), exact: true }).click();
  await expect(card.getByRole("alert")).toHaveText(t("errors.sizeRequired"));
  await expect(card.getByRole("list", { name: t("tonight.items") })).toHaveCount(0);
});

test("a check-in on a night another desk has just closed is refused with a message, and nothing is written", DATED, async ({
  page,
  signInAs,
  newContext,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signInAs("STAFF");
  const person = await registerParticipant(page, "Sumac");
  await openTonight(page);
  const nightId = await openNightId(page);
  await page.goto("/tonight");
  await countAnonymousByKeyboard(page);
  const anonymousCard = visitCard(page, t("tonight.anonymousVisitor")).first();
  await expect(anonymousCard).toBeVisible();
  await typeAndFind(page, "suma", person.alias, person.code);

  // Meanwhile the coordinator closes the night at another desk.
  const coordinator = await (await newContext()).newPage();
  await signIn(coordinator, DEMO.COORDINATOR);
  expect(await closeTonight(coordinator, "Fermée pendant une inscription.")).toBe(nightId);
  const closed = await readSummary(coordinator, nightId);

  // The first desk, still on the old page, presses Enter: a clear message, no visit.
  await page.keyboard.press("Enter");
  await expect(alertWithText(page, t("errors.nightClosed"))).toBeVisible();
  await expect(searchBox(page)).toHaveValue("suma");
  await anonymousButton(page).click();
  await expect(alertWithText(page, t("errors.nightClosed"))).toBeVisible();
  // So is a service on a visit of the closed night.
  const snack = anonymousCard.getByRole("button", { name: t("enums.service.SNACK"), exact: true });
  await expect(snack).toHaveAttribute("aria-pressed", "false");
  await snack.click();
  await expect(anonymousCard.getByRole("alert")).toHaveText(t("errors.nightClosed"));
  await expect(snack).toHaveAttribute("aria-pressed", "false");
  // Posted directly, the same answer.
  const answer = await (
    await postServerAction(page.request, {
      path: "/tonight",
      actionId: serverActionId(TONIGHT_ACTIONS, "checkIn"),
      args: [{ nightId, participantId: person.id }],
      origin: baseURL as string,
    })
  ).text();
  expect(answer).toContain('"ok":false');
  expect(answer).toContain(inPayload(t("errors.nightClosed")));

  await coordinator.reload();
  expect(await readSummary(coordinator, nightId)).toEqual(closed);
  await page.goto(`/participants/${person.id}`);
  await expect(page.locator("section[aria-labelledby=timeline-heading]")).toContainText(t("participants.noVisits"));

  // With the night closed, a PEER is told staff must open it, and cannot.
  const peer = await (await newContext()).newPage();
  await signIn(peer, DEMO.PEER);
  await peer.goto("/tonight");
  await expect(peer.getByText(t("tonight.peerCannotOpen"))).toBeVisible();
  await expect(openButton(peer)).toHaveCount(0);
  const refused = await (
    await postServerAction(peer.request, {
      path: "/tonight",
      actionId: serverActionId(TONIGHT_ACTIONS, "openNight"),
      args: [{}],
      origin: baseURL as string,
    })
  ).text();
  expect(refused).toContain('"ok":false');
  expect(refused).toContain(inPayload(t("errors.forbidden")));
  await peer.reload();
  await expect(peer.getByText(t("tonight.peerCannotOpen"))).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// 5. Accessibility

test("accessibility: /tonight closed and open, the quick intake, /participants, a profile, /nights, a summary, /settings", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(180_000);
  await signInAs("COORDINATOR");
  const person = await registerParticipant(page, "Azurine", { consent: "NEEDS_AND_NOTES", needs: ["FOOD"], note: "Note courte." });

  await ensureClosed(page);
  await expectNoSeriousA11yViolations(page);

  await openButton(page).click();
  await expect(searchBox(page)).toBeFocused();
  await typeAndFind(page, "azur", person.alias, person.code);
  await page.keyboard.press("Enter");
  await expect(visitCard(page, person.alias)).toHaveCount(1);
  await expectNoSeriousA11yViolations(page); // with visit cards

  await newPersonButton(page).click();
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
  const nightId = await openNightId(page);
  await page.goto(`/nights/${nightId}`);
  await expect(page.getByTestId("night-summary")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The other roles' views of the same pages.
  await page.goto("/tonight");
  await expect(searchBox(page)).toBeVisible();
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
  const person = await registerParticipant(page, "Aubépine");
  await openTonight(page);
  await typeAndFind(page, "aubep", person.alias, person.code);
  await expect(page.locator("#check-in-results")).toHaveAttribute("role", "listbox");
  await expectNoSeriousA11yViolations(page);
});
