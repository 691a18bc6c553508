// Issue 18: an outreach shift recorded on a phone with no network, kept encrypted on the device,
// sent once when the network is back; the page opens offline; sign-out erases the device's store.
import { DEMO, expect, signIn, t, test } from "./support/fixtures.ts";

test.describe("away from the desk, on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, serviceWorkers: "allow" });

  test("an outreach shift with 5 venues saved offline opens after a reload offline and is recorded once back online", async ({ page, context }) => {
    await signIn(page, DEMO.STAFF);
    // Five venues of our own, so the test does not depend on the seed's.
    await page.goto("/outreach/venues");
    const suffix = Math.random().toString(36).slice(2, 8);
    for (let index = 0; index < 5; index += 1) {
      await page.locator("#field-name").fill(`Bar terrain ${index} ${suffix}`);
      await page.locator("#field-type").selectOption("BAR");
      await page.locator("#field-area").fill("Village");
      await page.locator("#field-weeklyTarget").fill("1");
      await page.getByRole("button", { name: t("outreach.saveVenue"), exact: true }).click();
      await expect(page.getByText(t("outreach.venueSaved"), { exact: true })).toBeVisible();
      await page.reload();
    }
    await page.goto("/field/outreach");
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
    // The worker controls the page once it is active: the shell is then cached on a reload.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();

    await context.setOffline(true);
    const venues = page.getByRole("group", { name: t("field.venuesToPick") }).getByRole("button");
    for (let index = 0; index < 5; index += 1) await venues.filter({ hasText: `Bar terrain ${index} ${suffix}` }).click();
    await expect(page.getByTestId("visit-card")).toHaveCount(5);
    const first = page.getByTestId("visit-card").first();
    await first.getByRole("button", { name: `${t("outreach.peopleMet")} +1` }).click();
    await first.getByRole("button", { name: `${t("outreach.peopleMet")} +1` }).click();
    await page.getByLabel(t("outreach.startTime")).fill("14:00");
    await page.getByLabel(t("outreach.endTime")).fill("17:00");
    await page.getByRole("button", { name: t("field.saveOnDevice") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("field.savedOnDevice") })).toBeVisible();
    await expect(page.getByTestId("field-queue").getByRole("listitem")).toHaveCount(1);

    // Reload with no network: the service worker's copy opens, the queue is still there.
    await page.reload();
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
    await expect(page.getByTestId("field-queue").getByRole("listitem")).toHaveCount(1);

    const sent = page.waitForResponse((response) => response.url().endsWith("/api/field/outreach-shift") && response.status() === 200);
    await context.setOffline(false);
    await sent;
    await expect(page.getByTestId("field-queue").getByRole("listitem")).toHaveCount(0);

    // Sign-out from the field page erases the device's store.
    await page.getByRole("button", { name: t("nav.signOut") }).click();
    await page.waitForURL(/\/sign-in/);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
    expect(databases).not.toContain("halte-field");
  });

  test("signing out from the staff header erases the device's field data too", async ({ page }) => {
    await signIn(page, DEMO.STAFF);
    await page.goto("/field/outreach");
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
    // The field form keeps its lists on the device once opened online.
    await expect.poll(async () => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toContain("halte-field");
    await page.goto("/");
    await page.getByRole("button", { name: t("nav.signOut"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(async () => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).not.toContain("halte-field");
  });
});
