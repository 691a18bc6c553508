// What the front-desk worker hands back to run.ts: one line on its stdout, this prefix + JSON.
import type { ReportTimings } from "./report-measure.ts";
import type { FrontDeskDataset } from "./front-desk-dataset.ts";
import type { FrontDeskTimings } from "./front-desk-measure.ts";
import type { ScaleName } from "./front-desk-scale.ts";

export const RESULT_PREFIX = "front-desk-result ";

export type FrontDeskResult = {
  scale: ScaleName;
  /** "PostgreSQL 15.20 ..." or the embedded PGlite. */
  server: string;
  /** Migrations and reference data, then the generated rows through VACUUM ANALYZE. */
  prepareSeconds: number;
  datasetSeconds: number;
  counts: FrontDeskDataset["counts"];
  timings: FrontDeskTimings;
  /** The coordinator's report for the twelve months to tonight. */
  report: ReportTimings;
  /** 1-minute load average before and after the timings: other work on a 2-core machine shows in them. */
  loadAverage: [number, number];
};
