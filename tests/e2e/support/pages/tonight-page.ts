// /tonight as the front desk uses it: open the night, find a person as you type, check them in,
// count an anonymous visitor, register a newcomer at the door, record a visit's services and
// items, close the night. One object per desk (a second tablet is another TonightPage).
import type { Locator, Page } from "@playwright/test";
import { expect, openVisit, t, tf } from "../fixtures.ts";
import { codeFrom, escapeRegExp, formatCode, UUID } from "../text.ts";

export type Counts = { visits: number; anonymous: number; newParticipants: number };

const COUNTS = new RegExp(
  `^${escapeRegExp(t("tonight.counts")).replace(/\\\{(\w+)\\\}/g, (_, name: string) => `(?<${name}>\\d+)`)}$`,
);

/** The counts line as the page writes it for these figures. */
export function countsText(counts: Counts): string {
  return tf("tonight.counts", {
    visits: String(counts.visits),
    anonymous: String(counts.anonymous),
    newParticipants: String(counts.newParticipants),
  });
}

// A visit card's fields: each <label> wraps its control, so the name is the label then the value.
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}(\\s|$)`);

export class TonightPage {
  readonly searchBox: Locator;
  readonly results: Locator;
  readonly countsLine: Locator;
  readonly visitList: Locator;
  readonly checkInPanel: Locator;
  readonly openButton: Locator;
  readonly anonymousButton: Locator;
  readonly newPersonButton: Locator;
  /** The quick intake, opened by "Nouvelle personne". */
  readonly intake: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.locator("#check-in-search");
    this.results = page.locator("#check-in-results").getByRole("option");
    this.countsLine = page.getByTestId("tonight-counts");
    this.visitList = page.getByTestId("visit-list");
    this.checkInPanel = page.locator("section[aria-labelledby=check-in-heading]");
    this.openButton = page.getByRole("button", { name: t("tonight.openNight"), exact: true });
    this.anonymousButton = page.getByRole("button", { name: t("tonight.anonymous"), exact: true });
    this.newPersonButton = page.getByRole("button", { name: t("tonight.newPerson"), exact: true });
    this.intake = page.getByRole("form", { name: t("participants.newTitle") });
  }

  // -------------------------------------------------------------------------------------------
  // The night

  /** /tonight with the night open: opens it if needed (STAFF or COORDINATOR). */
  async open(): Promise<void> {
    await this.page.goto("/tonight");
    await expect(this.searchBox.or(this.openButton)).toBeVisible();
    if (await this.openButton.isVisible()) await this.openButton.click();
    await expect(this.searchBox).toBeVisible();
    await expect(this.countsLine).toBeVisible();
  }

  /** Closes tonight's night through the form and returns its id (from the summary's address). */
  async close(note = ""): Promise<string> {
    await this.page.goto("/tonight");
    await expect(this.searchBox).toBeVisible();
    if (note) await this.page.getByLabel(t("tonight.closeNote")).fill(note);
    await this.page.getByRole("button", { name: t("tonight.closeConfirm"), exact: true }).click();
    await this.page.waitForURL(/\/nights\/[0-9a-f-]{36}$/);
    return UUID.exec(this.page.url())![0];
  }

  /** /tonight with no night open (closes it if needed). */
  async ensureClosed(): Promise<void> {
    await this.page.goto("/tonight");
    await expect(this.searchBox.or(this.openButton)).toBeVisible();
    if (await this.searchBox.isVisible()) {
      await this.close();
      await this.page.goto("/tonight");
    }
    await expect(this.openButton).toBeVisible();
  }

  async readCounts(): Promise<Counts> {
    const text = ((await this.countsLine.textContent()) ?? "").trim();
    const groups = COUNTS.exec(text)?.groups;
    if (!groups) throw new Error(`Unexpected counts line "${text}"`);
    return { visits: Number(groups.visits), anonymous: Number(groups.anonymous), newParticipants: Number(groups.newParticipants) };
  }

  // -------------------------------------------------------------------------------------------
  // Check-in

  /** Waits for the search answer to exactly `typed` (the box asks as you type). */
  searchAnswered(typed: string) {
    return this.page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === "/api/participants/search" && url.searchParams.get("q") === typed.trim();
    });
  }

  /** Types into the focused search box and waits until `alias` is the first, selected result. */
  async typeAndFind(typed: string, alias: string, code?: string): Promise<void> {
    await expect(this.searchBox).toBeFocused();
    const answered = this.searchAnswered(typed);
    await this.page.keyboard.type(typed);
    expect((await answered).status()).toBe(200);
    const first = this.results.first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(first).toContainText(alias);
    if (code) await expect(first).toContainText(formatCode(code));
  }

  /** Keyboard only: type part of the alias (or the code), wait for the person, Enter. */
  async checkInByTyping(person: { typed: string; alias: string; code: string; lastVisitDate?: string | null }): Promise<void> {
    await this.typeAndFind(person.typed, person.alias, person.code);
    // The result says when the person last came, or that tonight is the first time.
    if (person.lastVisitDate !== undefined) {
      await expect(this.results.first()).toContainText(
        person.lastVisitDate ? tf("tonight.lastVisit", { date: person.lastVisitDate }) : t("tonight.neverVisited"),
      );
    }
    await this.page.keyboard.press("Enter");
    await expect(this.checkInPanel).toContainText(`${t("tonight.checkedIn")} ${person.alias} (${formatCode(person.code)})`);
    // Ready for the next person: the box is empty and still has the focus.
    await expect(this.searchBox).toHaveValue("");
    await expect(this.searchBox).toBeFocused();
    await expect(this.visitCard(person.alias).filter({ hasText: formatCode(person.code) })).toHaveCount(1);
  }

  /** Keyboard only: from the empty search box, Tab to "+1 visite anonyme", Enter. */
  async countAnonymousByKeyboard(): Promise<void> {
    await expect(this.searchBox).toBeFocused();
    await expect(this.searchBox).toHaveValue("");
    await this.page.keyboard.press("Tab");
    await expect(this.anonymousButton).toBeFocused();
    await this.page.keyboard.press("Enter");
    await expect(this.checkInPanel).toContainText(t("tonight.anonymousCounted"));
    await expect(this.searchBox).toBeFocused();
    await expect(this.searchBox).toHaveValue("");
  }

  /** One click on "+1 visite anonyme"; returns the new visitor's card (the newest, first in the list). */
  async countAnonymous(): Promise<Locator> {
    const cards = this.visitCard(t("tonight.anonymousVisitor"));
    const before = await cards.count();
    await this.anonymousButton.click();
    await expect(cards).toHaveCount(before + 1);
    return cards.first();
  }

  /**
   * Keyboard only: type the newcomer's alias, Tab twice to "Nouvelle personne", Enter; the intake
   * opens with the alias filled in and focused; Enter registers and checks the person in.
   * Returns the new code, shown large.
   */
  async registerNewcomerByKeyboard(alias: string, needs: string[] = []): Promise<string> {
    const { page, intake } = this;
    await expect(this.searchBox).toBeFocused();
    const answered = this.searchAnswered(alias);
    await page.keyboard.type(alias);
    await answered;
    await page.keyboard.press("Tab");
    await expect(this.anonymousButton).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(this.newPersonButton).toBeFocused();
    await page.keyboard.press("Enter");
    const aliasField = this.intakeAlias;
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
    const code = codeFrom(await page.getByTestId("new-code").textContent());
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    await expect(this.checkInPanel).toContainText(t("participants.created"));
    await expect(this.searchBox).toBeFocused();
    await expect(this.searchBox).toHaveValue("");
    const card = this.visitCard(alias).filter({ hasText: formatCode(code) });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(t("tonight.firstVisitBadge"));
    return code;
  }

  /** A newcomer registered and checked in from the desk with the intake's defaults; returns their card. */
  async checkInNewcomer(alias: string): Promise<Locator> {
    await this.searchBox.fill(alias);
    await this.newPersonButton.click();
    await expect(this.intakeAlias).toHaveValue(alias);
    await this.intakeAlias.press("Enter");
    await expect(this.intake).toHaveCount(0);
    const card = this.visitCard(alias);
    await expect(card).toHaveCount(1);
    return card;
  }

  /** The quick intake's alias field. */
  get intakeAlias(): Locator {
    return this.intake.getByLabel(t("participants.alias"), { exact: true });
  }

  // -------------------------------------------------------------------------------------------
  // A visit's card

  visitCard(name: string): Locator {
    return this.visitList.getByRole("listitem", { name, exact: true });
  }

  /** The card of a named person's visit, told apart by their code. */
  cardOf(person: { alias: string; code: string }): Locator {
    return this.visitCard(person.alias).filter({ hasText: formatCode(person.code) });
  }

  /** Opens the card and presses a service's toggle, which was off and is then on. */
  async toggleService(card: Locator, kind: string): Promise<void> {
    await openVisit(card);
    const button = card.getByRole("button", { name: t(`enums.service.${kind}`), exact: true });
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
  }

  itemSelect(card: Locator): Locator {
    return card.getByRole("combobox", { name: startsWith(t("tonight.item")) });
  }

  sizeSelect(card: Locator): Locator {
    return card.getByRole("combobox", { name: startsWith(t("tonight.size")) });
  }

  quantityField(card: Locator): Locator {
    return card.getByRole("spinbutton", { name: startsWith(t("tonight.quantity")) });
  }

  /** Picks an item by its name: the option's label also says how many are left ("Condoms (reste 150)"). */
  async chooseItem(card: Locator, name: string): Promise<void> {
    const select = this.itemSelect(card);
    const value = await select.locator("option").filter({ hasText: new RegExp(`^${escapeRegExp(name)}( \\(|$)`) }).getAttribute("value");
    await select.selectOption(value!);
  }

  addItemButton(card: Locator): Locator {
    return card.getByRole("button", { name: t("tonight.addItem"), exact: true });
  }

  itemsList(card: Locator): Locator {
    return card.getByRole("list", { name: t("tonight.items") });
  }
}
