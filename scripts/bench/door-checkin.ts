// door_checkin_p95: what the desk feels at 6 p.m. In Debian's Chromium, signed
// in as the demo coordinator on the running app (embedded database, demo centre), each of 40
// people is typed into tonight's search box (their code: one exact hit), and the time is taken
// in the page from the Enter key to the person's row in tonight's list. The search itself is
// not in the figure (checkin_search_p95 measures it); the check-in's round trip and the screen's
// update are. Three warm-up check-ins are not counted.
//
// door_keystrokes_median: the people are the demo centre's most frequent
// visitors, arriving one after the other. Before each check-in, the desk's keystrokes are
// counted through the app's own search route: the first letters of the alias typed one by one
// until the person is in the results, the arrow presses down to them, and Enter; at worst the
// code and Enter. The median over the 40 is the figure.
import { readFileSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";
import { formatCode } from "../../lib/participants/code-format.ts";

// The demo coordinator works in French: the open-night button's label, from the app's own messages.
const OPEN_NIGHT = (JSON.parse(readFileSync(new URL("../../messages/fr.json", import.meta.url), "utf8")) as { tonight: { openNight: string } }).tonight.openNight;

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const DOOR_CHECK_INS = 40;
const WARM_UP = 3;

export type DoorResult = { samples: number[]; people: number; keystrokes: number[] };

type Person = { code: string; alias: string };

async function withDatabase<T>(databasePort: number, query: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${databasePort}/postgres?sslmode=disable` });
  client.on("error", () => {});
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The demo centre's most frequent visitors not in tonight's list yet (nor restricted). */
function peopleToCheckIn(databasePort: number, count: number): Promise<Person[]> {
  return withDatabase(databasePort, async (client) => {
    const { rows } = await client.query<Person>(
      `SELECT p.code, p.alias FROM "Participant" p
        WHERE p."anonymisedAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "Visit" v JOIN "Night" n ON n.id = v."nightId" WHERE v."participantId" = p.id AND n."closedAt" IS NULL)
          AND NOT EXISTS (SELECT 1 FROM "Restriction" r WHERE r."participantId" = p.id AND r."endsOn" IS NULL)
        ORDER BY (SELECT count(*) FROM "Visit" v WHERE v."participantId" = p.id) DESC, p.code LIMIT $1`,
      [count],
    );
    return rows;
  });
}

function openNightId(databasePort: number): Promise<string> {
  return withDatabase(databasePort, async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Night" WHERE "closedAt" IS NULL ORDER BY "openedAt" DESC LIMIT 1`);
    if (!rows[0]) throw new Error("no open night");
    return rows[0].id;
  });
}

/** The alias as typed at the desk: lower case, no accents (the search folds them the same way). */
const typed = (alias: string) => alias.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Letters typed until the person is listed, arrows down to them, Enter; at worst the code and Enter. */
async function keystrokesFor(page: Page, baseUrl: string, nightId: string, person: Person): Promise<number> {
  const letters = typed(person.alias);
  for (let count = 1; count <= letters.length; count++) {
    const prefix = letters.slice(0, count);
    if (prefix.endsWith(" ")) continue;
    const answer = await page.context().request.get(`${baseUrl}/api/participants/search?${new URLSearchParams({ q: prefix, night: nightId })}`, { timeout: 15_000 });
    const hits = (await answer.json()) as { code: string }[];
    const position = Array.isArray(hits) ? hits.findIndex((hit) => hit.code === person.code) : -1;
    if (position >= 0) return Math.min(count + position + 1, person.code.length + 1);
  }
  return person.code.length + 1;
}

async function signIn(page: Page, baseUrl: string, credentials: { username: string; password: string }): Promise<void> {
  const csrf = await page.context().request.get(`${baseUrl}/api/auth/csrf`, { timeout: 15_000 });
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");
  const answer = await page.context().request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { csrfToken, username: credentials.username, password: credentials.password, json: "true", callbackUrl: `${baseUrl}/` },
    maxRedirects: 0,
    timeout: 15_000,
  });
  if (answer.status() >= 400) throw new Error(`sign-in answered ${answer.status()}`);
}

/**
 * Runs in the page: presses Enter in the search box and resolves with the milliseconds until a
 * row holding the code is in tonight's list. A string, not a function: tsx would wrap a
 * function's inner helpers in its own `__name`, which the page does not have.
 */
const ENTER_TO_LISTED = `(code) => new Promise((resolve, reject) => {
  const list = document.querySelector('[data-testid="visit-list"]');
  const input = document.getElementById("check-in-search");
  if (!list || !input) return reject(new Error("tonight's list or search box is missing"));
  const timeout = setTimeout(() => reject(new Error(code + " was not listed within 10 s")), 10000);
  const observer = new MutationObserver(() => {
    if (![...list.children].some((row) => (row.textContent || "").includes(code))) return;
    observer.disconnect();
    clearTimeout(timeout);
    resolve(performance.now() - started);
  });
  observer.observe(list, { childList: true, subtree: true, characterData: true });
  const started = performance.now();
  input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
})`;

function enterToListed(page: Page, shownCode: string): Promise<number> {
  return page.evaluate(`(${ENTER_TO_LISTED})(${JSON.stringify(shownCode)})`) as Promise<number>;
}

export async function doorCheckIns(baseUrl: string, databasePort: number, credentials: { username: string; password: string }): Promise<DoorResult> {
  const people = await peopleToCheckIn(databasePort, DOOR_CHECK_INS + WARM_UP);
  if (people.length < DOOR_CHECK_INS + WARM_UP) throw new Error(`only ${people.length} people to check in`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"], timeout: 30_000 });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, credentials);
    await page.goto(`${baseUrl}/tonight`, { waitUntil: "networkidle", timeout: 60_000 });
    if ((await page.locator("#check-in-search").count()) === 0) {
      // No night open at this hour: the coordinator opens one, as the desk would at 6 p.m.
      await page.getByRole("button", { name: OPEN_NIGHT, exact: true }).click();
      await page.locator("#check-in-search").waitFor({ timeout: 30_000 });
    }
    const nightId = await openNightId(databasePort);
    const samples: number[] = [];
    const keystrokes: number[] = [];
    for (const [index, person] of people.entries()) {
      if (index >= WARM_UP) keystrokes.push(await keystrokesFor(page, baseUrl, nightId, person));
      const shown = formatCode(person.code);
      await page.locator("#check-in-search").fill(person.code);
      await page.locator('#check-in-results [role="option"]').filter({ hasText: shown }).first().waitFor({ timeout: 10_000 });
      const ms = await enterToListed(page, shown);
      if (index >= WARM_UP) samples.push(ms);
      // The box is empty again and has the focus: ready for the next person, as at the desk.
      await page.locator("#check-in-search").and(page.locator(":focus")).waitFor({ timeout: 5_000 });
    }
    return { samples, people: samples.length, keystrokes };
  } finally {
    await browser.close();
  }
}
