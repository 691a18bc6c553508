// /participants and /participants/new: register a person outside a night (no check-in), and read
// the list of people seen before.
import type { Page } from "@playwright/test";
import { expect, t } from "../fixtures.ts";
import { codeFrom, UUID } from "../text.ts";

export type Participant = { id: string; code: string; alias: string };

export type IntakeOptions = { consent?: "VISITS_ONLY" | "NEEDS" | "NEEDS_AND_NOTES"; note?: string; needs?: string[] };

export class ParticipantsPage {
  constructor(readonly page: Page) {}

  /** Registers a person through /participants/new, as staff do outside a night; ends on the profile. */
  async register(alias: string, options: IntakeOptions = {}): Promise<Participant> {
    const { page } = this;
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
    const code = codeFrom(await page.getByTestId("participant-code").textContent());
    return { id: UUID.exec(page.url())![0], code, alias };
  }

  /** Participants seen on a night before `today` (the seed's earlier night), from the list. */
  async seenBefore(today: string): Promise<(Participant & { lastVisitDate: string })[]> {
    const { page } = this;
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
        code: codeFrom(await cells.nth(1).textContent()),
        lastVisitDate,
      });
    }
    return found;
  }
}
