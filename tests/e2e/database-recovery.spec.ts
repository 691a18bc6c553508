// Operations: Halte on a PostgreSQL of this test's own, started the way an
// operator starts it (scripts/start.ts with DATABASE_URL), through a restart of that PostgreSQL
// (`pg_ctl stop -m fast`, then start): /api/health answers 503 at once while it is away, a page
// says so in both languages (503, no stack trace), and once it is back the very next request
// succeeds, with the same signed-in session. The app's JSON request log, read from its stdout,
// has a line per request and none of what the requests carried (an alias, a code, a password).
// A headcount pressed at the desk while the database is away waits, marked "not yet saved", and is
// recorded once when it is back. The shared server on 5432 is never touched.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { DEMO, expect, expectNoStackTrace, postServerAction, signIn, t, test } from "./support/fixtures.ts";
import { startOwnPostgres, type OwnPostgres } from "../support/own-postgres.ts";
import { prepareDatabase } from "../../scripts/db/prepare-database.ts";
import { claimPort } from "../../scripts/db/embedded-postgres.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { seedDemoData } from "../../prisma/seed/seed-demo.ts";
import { testNow } from "../support/test-clock.ts";
import { TSX_SERVER_SIDE } from "../support/tsx-command";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ALIAS = "Mistinguette";
const CODE = "K7QM-3XPA";

/** The build's id of a server action, as the access matrix finds it. */
function actionId(key: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => `${entry.filename}#${entry.exportedName}` === key);
  if (!found) throw new Error(`no server action ${key} in the build`);
  return found[0];
}

type Halte = { child: ChildProcess; output: () => string; exited: Promise<void> };

function startHalte(env: NodeJS.ProcessEnv): Halte {
  const child = spawn(process.execPath, [...TSX_SERVER_SIDE, path.join(ROOT, "scripts", "start.ts")], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, output: () => output, exited };
}

async function stopHalte(halte: Halte): Promise<void> {
  if (halte.child.exitCode !== null || halte.child.signalCode !== null) return;
  process.kill(-halte.child.pid!, "SIGTERM");
  await Promise.race([halte.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (halte.child.exitCode === null && halte.child.signalCode === null) process.kill(-halte.child.pid!, "SIGKILL");
}

async function health(url: string): Promise<{ status: number; body: unknown; ms: number; cacheControl: string | null }> {
  const started = Date.now();
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: await response.json(), ms: Date.now() - started, cacheControl: response.headers.get("cache-control") };
}

let postgres: OwnPostgres | undefined;
let halte: Halte | undefined;
const scratch = mkdtempSync(path.join(os.tmpdir(), "halte-recovery-"));

test.afterAll(async () => {
  if (halte) await stopHalte(halte);
  await postgres?.destroy();
  rmSync(scratch, { recursive: true, force: true });
});

test("a PostgreSQL restart: health says down then up, a page says so in both languages, and Halte recovers by itself", async ({ browser }) => {
  test.setTimeout(300_000);
  postgres = await startOwnPostgres();
  await prepareDatabase(postgres.url);
  const prisma = createPrismaClient(postgres.url, { max: 1 });
  try {
    await seedDemoData(prisma, { history: false, today: testNow() });
  } finally {
    await prisma.$disconnect();
  }

  const port = await claimPort(0);
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: postgres.url,
    NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
    NEXTAUTH_URL: url,
    PORT: String(port),
    HOST: "127.0.0.1",
    HALTE_DATA_DIR: path.join(scratch, "data"),
    HALTE_BACKUP_DIR: path.join(scratch, "backups"),
    HALTE_BACKUP_KEY_FILE: path.join(scratch, "backup.key"),
    TRUST_PROXY: "0",
    LOG_LEVEL: "info",
  };
  // `next start` sets its own NODE_ENV (serve-next.ts drops ours too).
  Reflect.deleteProperty(env, "NODE_ENV");
  halte = startHalte(env);
  await expect
    .poll(async () => (await health(url).catch(() => ({ status: 0 }))).status, { timeout: 120_000, intervals: [500] })
    .toBe(200);

  // Up: ok, and nothing else.
  expect(await health(url)).toMatchObject({ status: 200, body: { status: "ok", database: "up" }, cacheControl: expect.stringContaining("no-store") });

  const context = await browser.newContext({ baseURL: url });
  const page = await context.newPage();
  await signIn(page, DEMO.COORDINATOR);
  expect((await page.goto("/tonight"))!.status()).toBe(200);
  for (const q of [ALIAS, CODE]) expect((await page.request.get(`/api/participants/search?q=${encodeURIComponent(q)}`)).status()).toBe(200);
  // The desk, in a tab of its own: tonight's night open, as on an evening.
  const desk = await context.newPage();
  await desk.goto("/tonight");
  await desk.getByRole("button", { name: t("tonight.openNight"), exact: true }).click();
  await expect(desk.locator("#check-in-search")).toBeVisible();

  // Down: `pg_ctl stop -m fast` terminates the app's open connections.
  await postgres.stop();
  const down = await health(url);
  expect(down).toMatchObject({ status: 503, body: { status: "degraded", database: "down" }, cacheControl: expect.stringContaining("no-store") });
  expect(down.ms).toBeLessThan(3_000);

  // A headcount pressed at the desk now: the server answers that its database is away; the desk
  // keeps it, marked "not yet saved", and sends it again by itself (components/forms/send-until-answered.ts).
  await desk.getByRole("button", { name: t("tonight.anonymous"), exact: true }).click();
  await expect(desk.getByTestId("waiting-list")).toContainText(t("tonight.notYetSavedMark"));

  const downPage = await page.goto("/tonight");
  expect(downPage!.status()).toBe(503);
  await expect(page.getByRole("heading", { name: t("errors.databaseDownTitle", "fr") })).toBeVisible();
  await expect(page.getByRole("heading", { name: t("errors.databaseDownTitle", "en") })).toBeVisible();
  await expect(page.getByText(t("errors.databaseDown", "en"))).toBeVisible();
  expectNoStackTrace(await page.content());
  await expect(page.getByText(t("errors.unexpectedTitle", "fr"))).toHaveCount(0);

  const search = await page.request.get(`/api/participants/search?q=${encodeURIComponent(ALIAS)}`);
  expect(search.status()).toBe(503);
  expectNoStackTrace(await search.text());

  // A form's action: "nothing was saved", in both languages, and no failure of the page.
  const action = await postServerAction(page.request, { path: "/tonight", actionId: actionId("app/(staff)/tonight/actions.ts#countAnonymousVisit"), args: [{}], origin: url });
  const actionBody = await action.text();
  expect(action.status()).toBeLessThan(500);
  expect(actionBody).toContain(t("errors.databaseDownAction", "fr"));
  expect(actionBody).toContain(t("errors.databaseDownAction", "en"));
  expectNoStackTrace(actionBody);

  // Back: pg_ctl -w returns once the server accepts connections; the next request must succeed.
  await postgres.start();
  expect(await health(url)).toMatchObject({ status: 200, body: { status: "ok", database: "up" } });
  expect((await page.goto("/tonight"))!.status()).toBe(200);
  await expect(page.getByTestId("signed-in-as")).toContainText(DEMO.COORDINATOR.displayName);
  expect((await page.request.get(`/api/participants/search?q=${encodeURIComponent(ALIAS)}`)).status()).toBe(200);
  // The desk's headcount went through once the database was back, once.
  await expect(desk.getByTestId("waiting-list")).toHaveCount(0, { timeout: 30_000 });
  await expect(desk.getByTestId("tonight-counts")).toHaveText(/^1\D+1\D/);
  await desk.reload();
  await expect(desk.getByTestId("tonight-counts")).toHaveText(/^1\D+1\D/);
  await context.close();

  // The request log: JSON lines with the fields, the down page marked, nothing anyone typed.
  await stopHalte(halte);
  const output = halte.output();
  const requests = output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === "request");
  for (const line of requests) {
    expect(line).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), requestId: expect.any(String), method: expect.any(String), route: expect.any(String), status: expect.any(Number), durationMs: expect.any(Number) }));
  }
  // The page's own loads, and the home page's prefetches of it: 200s, one 503 marked down, 200 last.
  const tonight = requests.filter((line) => line.route === "/tonight").map((line) => [line.status, line.database ?? "up"]);
  expect(tonight.filter(([status]) => status !== 200)).toEqual([[503, "down"]]);
  expect(tonight.at(-1)).toEqual([200, "up"]);
  expect(requests.filter((line) => line.route === "/api/participants/search").map((line) => line.status)).toEqual([200, 200, 503, 200]);
  expect(requests.find((line) => line.route === "/api/health" && line.status === 503)).toMatchObject({ level: "error", database: "down" });
  expect(requests.some((line) => line.route === "/api/auth/[...nextauth]" && line.method === "POST")).toBe(true);
  for (const secret of [ALIAS, CODE, encodeURIComponent(CODE), DEMO.COORDINATOR.password]) expect(output).not.toContain(secret);
  // Next's print of the page's uncaught failure is a JSON line too: no message, no stack trace.
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain("Invalid `prisma");
  const logged = output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(logged.find((line) => line.event === "server.error")).toMatchObject({ level: "error", database: "down", error: { name: "PrismaClientKnownRequestError", code: "P1001" } });
  // A dead idle connection is the pool's, logged under no request's id.
  expect(logged.find((line) => line.event === "database.connection-lost")).not.toHaveProperty("requestId");
});
