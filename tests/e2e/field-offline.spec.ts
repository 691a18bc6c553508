// Issue 18, "Done when": on two phones with no network (an outreach worker's and the nurse's at a
// partner venue), an outreach shift with 5 venues and supplies and a clinic session with 3
// anonymous encounters are kept encrypted on the device under its PIN, open again after a reload
// offline, and are recorded exactly once back online, even when the page is killed in the middle
// of a sync; the stock falls once; sign-out leaves no entry in IndexedDB and no participant's code
// or alias in any cache. Then the bad inputs of a device: a wrong PIN, ten of them.
import type { BrowserContext, Page } from "@playwright/test";
import { DEMO, expect, expectNoSeriousA11yViolations, signIn, t, tf, test } from "./support/fixtures.ts";
import { withDatabase } from "./support/database.ts";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, serviceWorkers: "allow" as const };
const PIN = "275318";

test.use(PHONE);

const unique = () => Math.random().toString(36).slice(2, 8);

async function addVenues(names: string[]): Promise<string[]> {
  return withDatabase(async (query) => {
    const ids: string[] = [];
    for (const name of names) {
      const [row] = await query<{ id: string }>(`INSERT INTO "Venue" (id, name, type, area, "weeklyTarget") VALUES (gen_random_uuid(), $1, 'BAR', 'Village', 1) RETURNING id`, [name]);
      ids.push(row!.id);
    }
    return ids;
  });
}

const onHand = (itemId: string) =>
  withDatabase(async (query) => (await query<{ n: number }>(`SELECT COALESCE(SUM("onHand"), 0)::int AS n FROM "StockLevel" WHERE "itemId" = $1`, [itemId]))[0]!.n);

/** Opens a field page under the service worker's control, so its shell is kept for offline use. */
async function openFieldPage(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
}

async function setPin(page: Page, pin = PIN) {
  await expect(page.getByRole("heading", { name: t("field.pin.setTitle") })).toBeVisible();
  await page.getByLabel(t("field.pin.newPin")).fill(pin);
  await page.getByLabel(t("field.pin.pinAgain")).fill(pin);
  await page.getByRole("button", { name: t("field.pin.set"), exact: true }).click();
}

async function typePin(page: Page, pin = PIN) {
  await expect(page.getByRole("heading", { name: t("field.pin.unlockTitle") })).toBeVisible();
  await page.getByLabel(t("field.pin.pin"), { exact: true }).fill(pin);
  await page.getByRole("button", { name: t("field.pin.unlock"), exact: true }).click();
}

const queue = (page: Page) => page.getByTestId("field-queue").getByRole("listitem");

/** What every cache of the page's origin holds, read in the page: the URLs whose body holds one of `needles`, and how many were read. */
async function cachesHolding(page: Page, needles: string[]) {
  return page.evaluate(async (search) => {
    const found: string[] = [];
    let read = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const body = response ? await response.text() : "";
        read += 1;
        if (search.some((needle) => body.includes(needle) || request.url.includes(needle))) found.push(`${name} ${request.url}`);
      }
    }
    return { found, read };
  }, needles);
}

const fieldDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));

/** The field lists kept on the device, as JSON; "" when there are none. Never creates the database. */
async function storedReference(page: Page): Promise<string> {
  return page.evaluate(
    async () =>
      !(await indexedDB.databases()).some((database) => database.name === "halte-field") ? "" : new Promise<string>((resolve, reject) => {
        const open = indexedDB.open("halte-field");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains("reference")) return resolve("");
          const get = database.transaction("reference").objectStore("reference").get("current");
          get.onsuccess = () => {
            database.close();
            resolve(get.result ? JSON.stringify(get.result) : "");
          };
        };
      }),
  );
}

test.describe("away from the desk, on a 390 × 844 phone", () => {
  test("two phones offline: a 5-venue shift and a 3-encounter clinic session recorded exactly once, through a reload offline and a page killed mid-sync; sign-out leaves nothing", async ({ page, context, newContext }) => {
    // Two phones, two sign-ins, PBKDF2 at every PIN: minutes on a busy 2-core machine.
    test.setTimeout(360_000);
    const suffix = unique();
    const venueNames = [0, 1, 2, 3, 4].map((index) => `Bar terrain ${index} ${suffix}`);
    const venueIds = await addVenues(venueNames);
    const partnerName = `Clinique partenaire ${suffix}`;
    const { partnerId, condoms, lube } = await withDatabase(async (query) => {
      const [partner] = await query<{ id: string }>(
        `INSERT INTO "PartnerOrganisation" (id, name, domains, languages, respectful, active, "updatedAt") VALUES (gen_random_uuid(), $1, '{PHYSICAL_HEALTH}', '{fr}', true, true, now()) RETURNING id`,
        [partnerName],
      );
      const items = await query<{ id: string; key: string }>(`SELECT id, key FROM "CatalogueItem" WHERE key IN ('condoms', 'lube')`);
      return { partnerId: partner!.id, condoms: items.find((item) => item.key === "condoms")!.id, lube: items.find((item) => item.key === "lube")!.id };
    });
    const before = { condoms: await onHand(condoms), lube: await onHand(lube) };

    // The outreach worker's phone. The lists are kept at sign-in, before any field page opens.
    await signIn(page, DEMO.STAFF);
    await expect.poll(() => storedReference(page)).toContain(venueNames[4]);
    // A participant with a known code and alias, whose pages are opened on this phone below.
    const alias = `Cerise ${suffix}`;
    await page.goto("/participants/new");
    await page.locator("#field-alias").fill(alias);
    await page.getByRole("button", { name: t("participants.create"), exact: true }).click();
    await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
    const profile = page.url();
    const shownCode = ((await page.getByTestId("participant-code").textContent()) ?? "").trim();
    const code = await withDatabase(async (query) => (await query<{ code: string }>(`SELECT code FROM "Participant" WHERE alias = $1`, [alias]))[0]!.code);
    const personal = [alias, code, shownCode];

    await openFieldPage(page, "/field/outreach");
    await setPin(page);
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
    // Pages holding personal data, opened while the service worker is in control: never kept.
    await page.goto(profile);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(alias);
    await page.goto(`/participants?q=${encodeURIComponent(alias)}`);
    await page.goto("/field/outreach");
    await typePin(page);

    // The nurse's phone at the partner venue.
    const nurseContext: BrowserContext = await newContext(PHONE);
    const nurse = await nurseContext.newPage();
    await signIn(nurse, DEMO.HEALTH);
    await expect.poll(() => storedReference(nurse)).toContain(partnerName);
    await openFieldPage(nurse, "/field/clinic");
    await setPin(nurse);
    await nurse.goto(profile);
    await expect(nurse.getByRole("heading", { level: 1 })).toContainText(alias);
    await nurse.goto("/field/clinic");
    await typePin(nurse);
    await expect(nurse.getByRole("heading", { name: t("field.clinicForm") })).toBeVisible();

    // No network on either phone.
    await context.setOffline(true);
    await nurseContext.setOffline(true);

    // The shift: 5 venues, counts with the steppers, supplies at two of them.
    const venues = page.getByRole("group", { name: t("field.venuesToPick") }).getByRole("button");
    for (const name of venueNames) await venues.filter({ hasText: name }).click();
    await expect(page.getByTestId("visit-card")).toHaveCount(5);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(t("outreach.startTime"), { exact: true }).fill("14:00");
    // The end follows the start by the usual length until the worker sets it.
    await expect(page.getByLabel(t("outreach.endTime"), { exact: true })).toHaveValue("17:30");
    const cards = page.getByTestId("visit-card");
    for (let index = 0; index < 5; index += 1) {
      await cards.nth(index).getByRole("button", { name: `${t("outreach.peopleMet")} +1` }).click();
      await cards.nth(index).getByRole("button", { name: `${t("outreach.peopleMet")} +1` }).click();
    }
    const supply = async (card: number, itemId: string, quantity: number) => {
      const visit = cards.nth(card);
      await visit.getByLabel(t("outreach.item")).selectOption(itemId);
      for (let count = 1; count < quantity; count += 1) await visit.getByRole("button", { name: `${t("outreach.quantity")} +1` }).click();
      await visit.getByRole("button", { name: t("outreach.addSupply"), exact: true }).click();
    };
    await supply(0, condoms, 3);
    await supply(1, lube, 2);
    await page.getByRole("button", { name: t("field.saveOnDevice") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("field.savedOnDevice") })).toBeVisible();
    await expect(queue(page)).toHaveCount(1);

    // The clinic session: 3 anonymous encounters (a test, a vaccine dose, supplies).
    await nurse.getByLabel(t("clinic.partner")).selectOption(partnerId);
    const encounters = nurse.getByTestId("encounter-card");
    await encounters.nth(0).getByRole("checkbox", { name: t("clinic.tests.HIV"), exact: true }).check();
    await nurse.getByRole("button", { name: t("field.addEncounter") }).click();
    await encounters.nth(1).getByRole("group", { name: t("clinic.encounter.vaccines") }).getByRole("checkbox").first().check();
    await nurse.getByRole("button", { name: t("field.addEncounter") }).click();
    await encounters.nth(2).getByLabel(t("clinic.encounter.supplyItem")).selectOption(condoms);
    for (let count = 1; count < 4; count += 1) await encounters.nth(2).getByRole("button", { name: `${t("clinic.encounter.quantity")} +1` }).click();
    await encounters.nth(2).getByRole("button", { name: t("clinic.encounter.addSupply"), exact: true }).click();
    await expect(encounters).toHaveCount(3);
    await expectNoSeriousA11yViolations(nurse);
    await nurse.getByRole("button", { name: t("field.saveOnDevice") }).click();
    await expect(nurse.getByRole("status").filter({ hasText: t("field.savedOnDevice") })).toBeVisible();
    await expect(queue(nurse)).toHaveCount(1);

    // Reloaded with no network: the kept page opens, asks for the PIN, the forms and queues are there.
    await page.reload();
    await nurse.reload();
    await typePin(page);
    await typePin(nurse);
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
    await expect(nurse.getByRole("heading", { name: t("field.clinicForm") })).toBeVisible();
    await expect(queue(page)).toHaveCount(1);
    await expect(queue(nurse)).toHaveCount(1);
    await expect(page.getByTestId("field-badge")).toContainText("1");

    // Back online, the outreach phone's page is killed while its entry is being sent: the server
    // has recorded it, the answer never reaches the page.
    let reachedServer!: () => void;
    const recordedByServer = new Promise<void>((resolve) => (reachedServer = resolve));
    await page.route("**/api/field/outreach-shift", async (route) => {
      await route.fetch();
      reachedServer();
    });
    await context.setOffline(false);
    await recordedByServer;
    await page.close();
    const shifts = () =>
      withDatabase(async (query) =>
        query<{ shifts: number; contacts: number }>(`SELECT COUNT(DISTINCT "shiftId")::int AS shifts, COUNT(*)::int AS contacts FROM "OutreachContact" WHERE "venueId" = ANY($1::uuid[])`, [venueIds]),
      );
    expect(await shifts()).toEqual([{ shifts: 1, contacts: 5 }]);

    // Reopened: the entry is still queued (the answer was lost), sent again, recorded once.
    const reopened = await context.newPage();
    await reopened.goto("/field/outreach");
    await expect(queue(reopened)).toHaveCount(1);
    const resent = reopened.waitForResponse((response) => response.url().endsWith("/api/field/outreach-shift") && response.status() === 200);
    await typePin(reopened);
    await resent;
    await expect(queue(reopened)).toHaveCount(0);
    expect(await shifts()).toEqual([{ shifts: 1, contacts: 5 }]);

    // The nurse's phone back online: sent once.
    const sent = nurse.waitForResponse((response) => response.url().endsWith("/api/field/clinic-session") && response.status() === 200);
    await nurseContext.setOffline(false);
    await sent;
    await expect(queue(nurse)).toHaveCount(0);

    const sessions = await withDatabase(async (query) =>
      query<{ encounters: number; anonymous: number }>(
        `SELECT COUNT(e.id)::int AS encounters, COUNT(e.id) FILTER (WHERE e."participantId" IS NULL)::int AS anonymous FROM "ClinicSession" s LEFT JOIN "ClinicEncounter" e ON e."sessionId" = s.id WHERE s."partnerId" = $1 GROUP BY s.id`,
        [partnerId],
      ),
    );
    expect(sessions).toEqual([{ encounters: 3, anonymous: 3 }]);
    // Each supply fell once: 3 condoms on the shift and 4 at the clinic, 2 lubes.
    expect({ condoms: await onHand(condoms), lube: await onHand(lube) }).toEqual({ condoms: before.condoms - 7, lube: before.lube - 2 });

    // The check finds a participant where one is: a probe response holding the alias is seen.
    await reopened.evaluate(async (text) => (await caches.open("probe")).put("/probe", new Response(text)), `<p>${alias}</p>`);
    expect((await cachesHolding(reopened, personal)).found).toEqual([expect.stringContaining("/probe")]);
    await reopened.evaluate(() => caches.delete("probe"));
    // Before sign-out: the caches hold pages and scripts, never the participant; the lists on the
    // device name no participant either.
    for (const phone of [reopened, nurse]) {
      const held = await cachesHolding(phone, personal);
      expect(held.read).toBeGreaterThan(0);
      expect(held.found).toEqual([]);
      const reference = await storedReference(phone);
      for (const value of personal) expect(reference).not.toContain(value);
    }

    // Sign-out from each field page: no field database, no cached field page, no participant.
    for (const phone of [reopened, nurse]) {
      await phone.getByRole("button", { name: t("nav.signOut"), exact: true }).click();
      await phone.waitForURL((url) => url.pathname === "/sign-in");
      await expect.poll(() => fieldDatabases(phone)).not.toContain("halte-field");
      expect((await cachesHolding(phone, personal)).found).toEqual([]);
      expect(await phone.evaluate(async () => caches.has("halte-field-shells"))).toBe(false);
    }
  });

  test("a wrong PIN says so and loses nothing; after 10 in a row the worker is warned and may erase the queue", async ({ page, context }) => {
    test.setTimeout(120_000);
    const venue = `Bar du NIP ${unique()}`;
    await addVenues([venue]);
    await signIn(page, DEMO.STAFF);
    await openFieldPage(page, "/field/outreach");
    // A PIN too short, then two that differ: refused, nothing set.
    await expect(page.getByRole("heading", { name: t("field.pin.setTitle") })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(t("field.pin.newPin")).fill("1234");
    await page.getByLabel(t("field.pin.pinAgain")).fill("1234");
    await page.getByRole("button", { name: t("field.pin.set"), exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: t("field.pin.format") })).toBeVisible();
    await page.getByLabel(t("field.pin.newPin")).fill(PIN);
    await page.getByLabel(t("field.pin.pinAgain")).fill("275319");
    await page.getByRole("button", { name: t("field.pin.set"), exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: t("field.pin.mismatch") })).toBeVisible();
    await setPin(page);

    await context.setOffline(true);
    await page.getByRole("group", { name: t("field.venuesToPick") }).getByRole("button").filter({ hasText: venue }).click();
    await page.getByRole("button", { name: t("field.saveOnDevice") }).click();
    await expect(queue(page)).toHaveCount(1);

    const wrong = async () => {
      await page.getByLabel(t("field.pin.pin"), { exact: true }).fill("111111");
      await page.getByRole("button", { name: t("field.pin.unlock"), exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: t("field.pin.wrong") })).toBeVisible();
      await expect(page.getByRole("button", { name: t("field.pin.unlock"), exact: true })).toBeEnabled();
    };
    await page.reload();
    await expect(page.getByRole("heading", { name: t("field.pin.unlockTitle") })).toBeVisible();
    await wrong();
    await expect(queue(page)).toHaveCount(1);
    // The right PIN after a wrong one: everything is there.
    await typePin(page);
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
    await expect(queue(page)).toHaveCount(1);

    await page.reload();
    await expect(page.getByRole("heading", { name: t("field.pin.unlockTitle") })).toBeVisible();
    for (let attempt = 1; attempt < 10; attempt += 1) await wrong();
    const tooMany = page.getByRole("alert").filter({ hasText: tf("field.pin.tooMany", { count: "10" }) });
    await expect(tooMany).toHaveCount(0);
    await wrong();
    await expect(tooMany).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Counted on the device: a reload does not reset it, and nothing was erased on its own.
    await page.reload();
    await expect(tooMany).toBeVisible();
    await expect(queue(page)).toHaveCount(1);

    // The worker's choice, asked twice: the queue goes, a new PIN can be set.
    await page.getByRole("button", { name: t("field.pin.erase"), exact: true }).click();
    await expect(queue(page)).toHaveCount(1);
    await page.getByRole("button", { name: t("field.pin.eraseConfirm"), exact: true }).click();
    await expect(queue(page)).toHaveCount(0);
    await setPin(page, "908172");
    await expect(page.getByRole("heading", { name: t("field.outreachForm") })).toBeVisible();
  });

  test("a peer worker's sign-in keeps nothing on the device; a staff member's keeps the lists, and signing out from the staff header erases them", async ({ page }) => {
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/field/")) asked.push(request.url());
    });
    await signIn(page, DEMO.PEER);
    await page.waitForLoadState("networkidle");
    // No field form for this role: the lists are not even asked for, and nothing is kept.
    expect(asked).toEqual([]);
    expect(await fieldDatabases(page)).not.toContain("halte-field");
    await page.getByRole("button", { name: t("nav.signOut"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");

    await signIn(page, DEMO.STAFF);
    await expect.poll(() => storedReference(page)).toContain("venues");
    await page.getByRole("button", { name: t("nav.signOut"), exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => fieldDatabases(page)).not.toContain("halte-field");
  });

  test("signed out in another tab, the field tab drops its key: a save asks for a new PIN and keeps the shift typed", async ({ page, context }) => {
    const venue = `Bar deux onglets ${unique()}`;
    await addVenues([venue]);
    await signIn(page, DEMO.STAFF);
    await openFieldPage(page, "/field/outreach");
    await setPin(page);
    await page.getByRole("group", { name: t("field.venuesToPick") }).getByRole("button").filter({ hasText: venue }).click();
    await expect(page.getByTestId("visit-card")).toHaveCount(1);

    const other = await context.newPage();
    await other.goto("/");
    await other.getByRole("button", { name: t("nav.signOut"), exact: true }).click();
    await other.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => fieldDatabases(other)).not.toContain("halte-field");

    await page.getByRole("button", { name: t("field.saveOnDevice") }).click();
    await expect(page.getByRole("heading", { name: t("field.pin.setTitle") })).toBeVisible();
    await expect(queue(page)).toHaveCount(0);
    await setPin(page, "908172");
    // The shift typed before is still in the form.
    await expect(page.getByTestId("visit-card")).toHaveCount(1);
    await expect(page.getByTestId("visit-card")).toContainText(venue);
  });
});
