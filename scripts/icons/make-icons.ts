// Draws the installable app's PNG icons (public/icons/halte-192.png, halte-512.png) from the
// shapes of public/icons/halte.svg: the "H" in white on the brand green. Maskable: the green
// fills the whole square (a launcher cuts its own shape) and the H sits inside the central
// safe zone (a circle of 40 % of the size). Plain Node (zlib), no image library:
//   npx tsx scripts/icons/make-icons.ts
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

const GREEN = [0x18, 0x56, 0x44] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
// The SVG's strokes (viewBox 0 0 32 32, stroke width 3.5, round caps), drawn at 85 % around the
// centre so that the caps stay inside the maskable safe zone.
const STROKES: [number, number, number, number][] = [
  [9, 8, 9, 24],
  [23, 8, 23, 24],
  [9, 16, 23, 16],
];
const HALF_WIDTH = 3.5 / 2;
const SHRINK = 0.85;

function distanceToSegment(px: number, py: number, [x0, y0, x1, y1]: [number, number, number, number]): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const along = Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x0 + along * dx), py - (y0 + along * dy));
}

/** The share of a pixel the H covers, from 4 × 4 samples (smooth edges). */
function coverage(x: number, y: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const u = (((x + (sx + 0.5) / 4) / size) * 32 - 16) / SHRINK + 16;
      const v = (((y + (sy + 0.5) / 4) / size) * 32 - 16) / SHRINK + 16;
      if (STROKES.some((stroke) => distanceToSegment(u, v, stroke) <= HALF_WIDTH)) inside += 1;
    }
  }
  return inside / 16;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x += 1) {
      const share = coverage(x, y, size);
      for (let channel = 0; channel < 3; channel += 1) row[1 + x * 3 + channel] = Math.round(GREEN[channel]! + (WHITE[channel]! - GREEN[channel]!) * share);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

export const ICON_SIZES = [192, 512] as const;

// Run as a script: write the files (imported by the test, it only draws them).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const size of ICON_SIZES) writeFileSync(new URL(`../../public/icons/halte-${size}.png`, import.meta.url), iconPng(size));
}
