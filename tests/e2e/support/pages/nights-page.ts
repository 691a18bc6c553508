// /nights and a night's summary (/nights/<id>).
import type { Page } from "@playwright/test";
import { expect, t } from "../fixtures.ts";
import { UUID } from "../text.ts";
import type { Counts } from "./tonight-page.ts";

export type Summary = Counts & { meals: number };

export class NightsPage {
  constructor(readonly page: Page) {}

  /** The id of the open night, from the list of nights. */
  async openNightId(): Promise<string> {
    const { page } = this;
    await page.goto("/nights");
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: t("nights.open"), exact: true }) });
    await expect(row).toHaveCount(1);
    const href = await row.getByRole("link").getAttribute("href");
    return UUID.exec(href ?? "")![0];
  }

  /** The night's summary figures (goes to its page unless already there). */
  async readSummary(nightId: string): Promise<Summary> {
    const { page } = this;
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
}
