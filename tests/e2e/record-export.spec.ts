// Seen from the browser: what a role downloads of a person is what its profile
// page shows. Every piece of text in the role's JSON export (notes, names, places, aliases) is
// on the profile page the same role opens; a role that may not export gets no file. The data
// layer's field-by-field comparison is tests/integration/record-export-is-profile.test.ts.
import type { Page } from "@playwright/test";
import { DEMO, expect, signIn, t, test, type Role } from "./support/fixtures.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";

/** Catalogue and vaccine names are the centre's vocabulary: the page shows the reader's language. */
const VOCABULARY = new Set(["nameEn", "itemEn"]);

/** The free text of a record: strings that are neither codes and enums (UPPER_CASE) nor dates. */
function freeText(value: unknown, key = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => freeText(item, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([inner, child]) => freeText(child, inner));
  if (typeof value !== "string" || VOCABULARY.has(key)) return [];
  if (/^[A-Z0-9_]+$/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{2}:\d{2}$/.test(value)) return [];
  return [value];
}

async function exportFrom(page: Page, participantId: string): Promise<{ status: number; body: string }> {
  // The profile's own download button sends a same-origin POST; so does this fetch from the page.
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/participants/export?id=${id}`, { method: "POST" });
    return { status: response.status, body: await response.text() };
  }, participantId);
}

async function links(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator("main a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

test("each role's downloaded record holds only what its profile page shows", async ({ page, newContext }) => {
  test.setTimeout(240_000);
  // A person with text in several domains, entered as staff would: a restriction and a referral.
  const suffix = Date.now().toString(36);
  const markers = { reason: `Raison ${suffix}`, note: `Note d'orientation ${suffix}` };
  await signIn(page, DEMO.COORDINATOR);
  await new ParticipantsPage(page).register(`Exportée ${suffix}`);
  const path = new URL(page.url()).pathname;
  await page.getByLabel(t("participants.reason"), { exact: true }).fill(markers.reason);
  await page.getByRole("button", { name: t("participants.addRestriction"), exact: true }).click();
  await expect(page.locator("section[aria-labelledby=restrictions-heading]")).toContainText(markers.reason);
  await page.getByText(t("referrals.new"), { exact: true }).click();
  const form = page.locator("#referrals form").last();
  await form.getByLabel(t("referrals.note")).fill(markers.note);
  await form.getByRole("button", { name: t("referrals.create"), exact: true }).click();
  await expect(page.locator("#referrals")).toContainText(markers.note);
  const people = [path];
  // ... and the most recent visitors of the demo centre.
  await page.goto("/participants");
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  people.push(...(await links(page, /^\/participants\/[0-9a-f-]{36}$/)).slice(0, 5));

  for (const role of ["COORDINATOR", "HEALTH", "STAFF", "PEER"] as Role[]) {
    const context = await newContext();
    const other = await context.newPage();
    await signIn(other, DEMO[role]);
    const compared: string[] = [];
    for (const person of new Set(people)) {
      const participantId = person.split("/").pop()!;
      const profile = await other.goto(person);
      const exported = await exportFrom(other, participantId);
      if (role === "STAFF" || role === "PEER") {
        expect(exported.status, role).toBe(403);
        break;
      }
      expect(profile!.status(), role).toBe(200);
      expect(exported.status, role).toBe(200);
      const shown = await other.locator("main").innerText();
      const texts = freeText(JSON.parse(exported.body));
      compared.push(...texts);
      expect(texts.filter((text) => !shown.includes(text)), `${role} ${person}: exported but not on the profile page`).toEqual([]);
    }
    // The coordinator's page and file hold the case notes; the health team's hold neither.
    if (role === "COORDINATOR") expect(compared).toEqual(expect.arrayContaining([markers.reason, markers.note]));
    if (role === "HEALTH") expect(compared.filter((text) => text === markers.reason || text === markers.note)).toEqual([]);
    if (role === "COORDINATOR" || role === "HEALTH") expect(compared.length, role).toBeGreaterThan(people.length - 1);
    await context.close();
  }
});
