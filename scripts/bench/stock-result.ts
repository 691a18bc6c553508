// What the stock worker hands back to run.ts: one line on its stdout, this prefix + JSON.
export const STOCK_RESULT_PREFIX = "stock-result ";

export type StockResult = {
  server: string;
  /** Latency of each distribution, 50 at a time, in ms. */
  distribute: { samples: number; p50: number; p95: number; max: number };
  /** 50 people at once take the last 10 units. */
  lastTen: { successes: number; refusals: number; onHand: number; ledgerSum: number; neverNegative: boolean };
  loadAverage: [number, number];
};
