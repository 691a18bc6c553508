// A fresh data directory, as a new centre gets it from `npm start`: the first page offers the
// demo or the real centre; the demo is marked on every page and can be wiped by its coordinator;
// the real set-up (with the code printed in the terminal) leaves no demo row and no demo account.
// This spec starts its own Halte (scripts/start.ts) on a data directory of its own, beside the
// suite's server, on other ports.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, submitSignIn, t, tf, test } from "./support/fixtures.ts";
import { spawnStart, waitFor200, type StartProcess } from "../../scripts/bench/start-process.ts";
import { DEMO_SIGN_INS } from "../../prisma/seed/demo-users.ts";
import { WIPE_PHRASES } from "../../lib/setup/schemas.ts";

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 90;
const DATABASE_PORT = APP_PORT + 2300;
const origin = `http://localhost:${APP_PORT}`;

let dataDir: string;
let keyDir: string;
let halte: StartProcess;

/** The last set-up code the server printed in its terminal. */
function printedSetupCode(): string | null {
  const codes = [...halte.output().matchAll(/Code de configuration : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/g)];
  return codes.at(-1)?.[1] ?? null;
}

async function untilPrinted(previous: string | null): Promise<string> {
  await expect.poll(() => printedSetupCode(), { timeout: 30_000 }).not.toBe(previous);
  return printedSetupCode()!;
}

async function databaseRows(sql: string): Promise<Record<string, unknown>[]> {
  // The embedded server takes two connections: the app holds one, this is the other.
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${DATABASE_PORT}/postgres?sslmode=disable` });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "halte-first-run-"));
  keyDir = mkdtempSync(path.join(os.tmpdir(), "halte-first-run-key-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HALTE_DATA_DIR: dataDir,
    HALTE_BACKUP_KEY_FILE: path.join(keyDir, "halte-backup.key"),
    PORT: String(APP_PORT),
    DATABASE_PORT: String(DATABASE_PORT),
    NEXTAUTH_URL: origin,
  };
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "HALTE_FIRST_RUN"]) delete env[name];
  halte = spawnStart(path.resolve(import.meta.dirname, "../.."), env);
  const ready = await waitFor200(`${origin}/welcome`, { since: performance.now(), timeoutMs: 150_000, exited: halte.exited });
  if (!ready.ok) throw new Error(`Halte did not start: ${ready.reason}\n${halte.output()}`);
});

test.afterAll(async () => {
  await halte?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (keyDir) rmSync(keyDir, { recursive: true, force: true });
});

async function fillSetUp(page: Page, code: string) {
  await page.getByLabel(t("setup.code")).fill(code);
  await page.getByLabel(t("users.username")).fill("nadia");
  await page.getByLabel(t("users.displayName")).fill("Nadia");
  await page.getByLabel(t("setup.password"), { exact: true }).fill("une phrase assez longue");
  await page.getByLabel(t("setup.passwordAgain")).fill("une phrase assez longue");
  await page.getByLabel(t("setup.siteName")).fill("Halte Centre-Sud");
  // Untick what this centre does not hand out.
  await page.getByRole("checkbox", { name: "Manteau d'hiver" }).uncheck();
  await page.getByRole("checkbox", { name: "Mpox" }).uncheck();
}

test("a fresh data directory: the demo in one click and marked, wiped by its coordinator, then set up for real with the terminal's code", async ({ page }) => {
  test.setTimeout(180_000);
  const firstCode = printedSetupCode();
  expect(firstCode, "npm start prints a set-up code on a first run").not.toBeNull();

  // Nobody can sign in yet: the sign-in page sends to the first page.
  await page.goto(`${origin}/sign-in`);
  await expect(page).toHaveURL(`${origin}/welcome`);
  await expect(page.getByRole("heading", { level: 1, name: t("setup.title") })).toBeVisible();

  // Try the demo.
  await page.getByRole("button", { name: t("setup.demoButton") }).click();
  await page.waitForURL(`${origin}/sign-in`, { timeout: 90_000 });
  await expect(page.getByTestId("demo-banner")).toHaveText(t("setup.demoBanner"));
  const coordo = DEMO_SIGN_INS.find((account) => account.role === "COORDINATOR")!;
  await expect(page.getByRole("table").getByText(coordo.password)).toBeVisible();
  await submitSignIn(page, coordo.username, coordo.password);
  await page.waitForURL(`${origin}/`);
  await expect(page.getByTestId("demo-banner")).toBeVisible();
  // A demo has no key of its own to keep: the panel is for a real centre's coordinator.
  await expect(page.getByTestId("backup-key-panel")).toHaveCount(0);
  // The old code cannot set a centre up over the demo: the first page is gone.
  await page.goto(`${origin}/welcome`);
  await expect(page).toHaveURL(/\/(sign-in)?$/);

  // The coordinator wipes the demo: a wrong phrase changes nothing, the right one empties it.
  await page.goto(`${origin}/settings`);
  const confirmation = page.getByLabel(tf("setup.wipeLabel", { phrase: WIPE_PHRASES.fr }));
  await confirmation.fill("effacer");
  await page.getByRole("button", { name: t("setup.wipeButton") }).click();
  await expect(page.getByText(t("setup.errors.wipeConfirmation")).first()).toBeVisible();
  expect((await databaseRows(`SELECT count(*)::int AS n FROM "Participant"`))[0]!.n).toBeGreaterThan(100);
  await confirmation.fill(WIPE_PHRASES.fr);
  await page.getByRole("button", { name: t("setup.wipeButton") }).click();
  await page.waitForURL(`${origin}/welcome`, { timeout: 60_000 });
  const code = await untilPrinted(firstCode);

  // Set up for real: a wrong code first, refused with nothing made; then the printed one.
  await fillSetUp(page, "AAAA-BBBB-CCCC");
  await page.getByRole("button", { name: t("setup.submit") }).click();
  await expect(page.getByText(t("setup.errors.wrongCode")).first()).toBeVisible();
  expect((await databaseRows(`SELECT count(*)::int AS n FROM "User"`))[0]!.n).toBe(0);
  await page.getByLabel(t("setup.code")).fill(code);
  await page.getByRole("button", { name: t("setup.submit") }).click();
  await page.waitForURL(`${origin}/sign-in?set-up=1`);
  await expect(page.getByText(t("setup.setUpDone"))).toBeVisible();
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);
  await submitSignIn(page, "nadia", "une phrase assez longue");
  await page.waitForURL(`${origin}/`);
  await expect(page.getByTestId("signed-in-as")).toContainText("Nadia");
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);

  // The backup key npm start created, shown once to the new coordinator until it is stored.
  const key = readFileSync(path.join(keyDir, "halte-backup.key"), "utf8").trim();
  await expect(page.getByTestId("backup-key")).toHaveText(key);
  await page.getByRole("button", { name: t("settings.backupKey.storedButton") }).click();
  await expect(page.getByText(t("settings.errors.backupKeyNotStored"))).toBeVisible();
  await expect(page.getByTestId("backup-key")).toHaveText(key);
  await page.getByRole("checkbox", { name: t("settings.backupKey.storedCheckbox") }).check();
  await page.getByRole("button", { name: t("settings.backupKey.storedButton") }).click();
  await expect(page.getByTestId("backup-key-panel")).toHaveCount(0);
  for (const path of ["/", "/settings"]) {
    await page.goto(`${origin}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.content()).not.toContain(key);
  }

  // No demo row and no demo account, proven by a query; the chosen lists are the active ones.
  const [counts] = await databaseRows(`SELECT
      (SELECT count(*)::int FROM "User") AS users,
      (SELECT count(*)::int FROM "User" WHERE username IN (${DEMO_SIGN_INS.map((account) => `'${account.username}'`).join(", ")}, 'ancien-pair')) AS "demoUsers",
      (SELECT count(*)::int FROM "Participant") AS participants,
      (SELECT count(*)::int FROM "Visit") AS visits,
      (SELECT count(*)::int FROM "Night") AS nights,
      (SELECT count(*)::int FROM "StockMovement") AS movements,
      (SELECT count(*)::int FROM "ViolenceReport") AS reports,
      (SELECT string_agg(name, ',') FROM "Site") AS sites,
      (SELECT active FROM "CatalogueItem" WHERE key = 'winter-coat') AS "coatActive",
      (SELECT active FROM "ClinicVaccine" WHERE key = 'mpox') AS "mpoxActive",
      (SELECT value #>> '{}' FROM "Setting" WHERE key = 'centre.mode') AS mode`);
  expect(counts).toEqual({ users: 1, demoUsers: 0, participants: 0, visits: 0, nights: 0, movements: 0, reports: 0, sites: "Halte Centre-Sud", coatActive: false, mpoxActive: false, mode: "real" });

  // And the real centre cannot be wiped, whatever is typed.
  await page.goto(`${origin}/settings`);
  await expect(page.getByRole("button", { name: t("setup.wipeButton") })).toHaveCount(0);
});
