import "server-only";
// Random rounding to base 5 (Statistics Canada's practice for census tables): a count that is
// not a multiple of 5 goes to the multiple below or above, up with probability (remainder / 5),
// so the rounding is unbiased on average and a rounded 0 or 5 can stand for any of 1 to 4.
// "Random" here is a keyed hash, not Math.random: the same cell (same measure, breakdown and
// month, or the same exact period for a count of people) rounds the same way in every release,
// so downloading a figure again, or in another release, never gives a second draw to average.
// The key is the centre's secret (lib/reports/release/rounding-key.ts): without it a reader
// cannot tell which way a cell went.
import { createHmac } from "node:crypto";

/** The cell's fixed draw in [0, 1), from the key and the cell's identity. */
export function cellDraw(key: Uint8Array, cellId: string): number {
  const digest = createHmac("sha256", key).update(cellId).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** The count rounded to a multiple of 5, up when the draw falls below remainder / 5. */
export function roundToFive(count: number, draw: number): number {
  const remainder = count % 5;
  if (remainder === 0) return count;
  return count - remainder + (draw < remainder / 5 ? 5 : 0);
}

/** A base cell's identity: its kind and its coordinates, unambiguous whatever the names hold. */
export function cellId(kind: "month" | "people", ...parts: string[]): string {
  return JSON.stringify([kind, ...parts]);
}
