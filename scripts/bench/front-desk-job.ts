// One front-desk bench job, in the worker process: a migrated database (the empty one
// BENCH_WORKER_DATABASE_URL names on a server, else an in-memory PGlite), the dataset at the
// scale asked for, the timings. The result goes to stdout as one line; progress to stderr.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { connectionStringFor } from "../../lib/database-url.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres.ts";
import { prepareDatabase } from "../db/prepare-database.ts";
import { buildFrontDeskDataset } from "./front-desk-dataset.ts";
import { measureFrontDesk } from "./front-desk-measure.ts";
import { RESULT_PREFIX, type FrontDeskResult } from "./front-desk-result.ts";
import { SCALES, type Scale, type ScaleName } from "./front-desk-scale.ts";

const note = (line: string) => process.stderr.write(`[bench:front-desk] ${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;

/** The generated rows, through one plain connection that is closed before the app's client opens. */
async function loadDataset(url: string, scale: Scale, timeZone: string, embedded: boolean) {
  const client = new pg.Client({ connectionString: connectionStringFor(url) });
  client.on("error", () => {});
  await client.connect();
  try {
    const server = embedded ? "embedded PGlite" : (await client.query<{ version: string }>("SELECT version()")).rows[0]!.version.split(" on ")[0]!;
    note(`${scale.name} scale on ${server}: ${scale.participants} participants, ${scale.visits} visits, ${scale.sites} site(s)`);
    const started = performance.now();
    const dataset = await buildFrontDeskDataset(client, scale, { now: new Date(), timeZone, log: note });
    const datasetSeconds = seconds(started);
    note(`dataset ready in ${datasetSeconds.toFixed(1)} s: ${JSON.stringify(dataset.counts)}`);
    return { server, dataset, datasetSeconds };
  } finally {
    // The embedded server takes two connections in all: the app's client needs one.
    await client.end().catch(() => {});
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "centre" } }, strict: true });
  if (values.scale !== "centre" && values.scale !== "network") throw new Error(`unknown scale ${values.scale}`);
  const scale = SCALES[values.scale as ScaleName];
  const timeZone = process.env.CENTRE_TIME_ZONE || "America/Montreal";

  let embedded: EmbeddedPostgres | undefined;
  const serverUrl = process.env.BENCH_WORKER_DATABASE_URL;
  const url = serverUrl ?? (embedded = await startEmbeddedPostgres()).url;
  try {
    const prepareStarted = performance.now();
    await prepareDatabase(url, { log: () => {} });
    const prepareSeconds = seconds(prepareStarted);

    // lib/db.ts reads these on first use: the app's own client, on this database.
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET = randomBytes(48).toString("base64url");
    process.env.CENTRE_TIME_ZONE = timeZone;

    const { server, dataset, datasetSeconds } = await loadDataset(url, scale, timeZone, Boolean(embedded));
    const loadBefore = os.loadavg()[0]!;
    // The report first: the front-desk measure closes the app's client when it is done.
    const { measureReport } = await import("./report-measure.ts");
    const report = await measureReport(dataset, { naive: scale.name === "centre", log: note });
    note(`annual report on ${report.visits} visits: median ${report.ms.toFixed(1)} ms of ${report.samples}${report.naiveMs === null ? "" : `; row-by-row loop ${report.naiveMs.toFixed(0)} ms`}`);
    const timings = await measureFrontDesk(dataset);
    const loadAverage: [number, number] = [loadBefore, os.loadavg()[0]!];
    const result: FrontDeskResult = { scale: scale.name, server, prepareSeconds, datasetSeconds, counts: dataset.counts, timings, report, loadAverage };
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    note(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
