import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareZXingModule, readBarcodes, ZXING_WASM_SHA256 } from "zxing-wasm/reader";
import { ZXING_READER_WASM_URL } from "@/lib/participants/card-scan-setup";
import { generateCode } from "@/lib/participants/code";
import { readScannedCode } from "@/lib/participants/code-check";
import { cardImages } from "@/lib/participants/card-images";
import { svgToPgm } from "../support/raster-svg";

// The codes below are fixed so the test says what it reads: K7M4Q + its check character.
const code = generateCode(((digits) => () => digits.shift()!)([19, 7, 20, 4, 23]));

describe("reading the search box as a card's code", () => {
  it("knows a code however a scanner or a person types it", () => {
    expect(code).toBe(`K7M4Q${code.at(-1)}`);
    for (const typed of [code, code.toLowerCase(), `${code.slice(0, 3)} ${code.slice(3)}`, `${code.slice(0, 3)}-${code.slice(3)}`, ` ${code} `]) {
      expect(readScannedCode(typed), typed).toEqual({ kind: "code", code });
    }
  });

  it("reads O as 0 and I or L as 1, as the code alphabet has none of them", () => {
    const withZero = generateCode(((digits) => () => digits.shift()!)([0, 1, 2, 3, 4]));
    expect(readScannedCode(withZero.replace(/0/g, "o").replace(/1/g, "l"))).toEqual({ kind: "code", code: withZero });
  });

  it("flags a code-shaped text whose check character is wrong, every single misread", () => {
    for (let position = 0; position < 6; position++) {
      for (const replacement of "0123456789ABCDEFGHJKMNPQRSTVWXYZ") {
        if (replacement === code[position]) continue;
        const misread = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(readScannedCode(misread), misread).toEqual({ kind: "bad-check" });
      }
    }
  });

  it("leaves aliases and parts of a code to the search", () => {
    for (const typed of ["", "ma", "K7M", code.slice(0, 5), `${code}7`, "Tulipe rouge", "Zoé", "U2U2U2"]) {
      expect(readScannedCode(typed), typed).toBeNull();
    }
  });
});

describe("the card's QR code and barcode", () => {
  beforeAll(async () => {
    // The same decoder the tablet's camera falls back to, from the same package, run in Node.
    const wasmBinary = readFileSync("node_modules/zxing-wasm/dist/reader/zxing_reader.wasm");
    await prepareZXingModule({ overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer }, fireImmediately: true });
  });

  it("decode to the bare code, which the desk then checks in", async () => {
    for (const each of [code, generateCode(), generateCode()]) {
      const { qrSvg, barcodeSvg } = await cardImages(each);
      expect(qrSvg).toMatch(/^<svg[^>]*>/);
      expect(barcodeSvg).toMatch(/^<svg[^>]*>/);
      const qr = await readBarcodes(svgToPgm(qrSvg, 8), { formats: ["QRCode"] });
      const barcode = await readBarcodes(svgToPgm(barcodeSvg, 2), { formats: ["Code128"] });
      expect(qr.map((result) => result.text)).toEqual([each]);
      expect(barcode.map((result) => result.text)).toEqual([each]);
      expect(readScannedCode(barcode[0]!.text)).toEqual({ kind: "code", code: each });
    }
  });

  it("carry no script, no style and no link: markup the strict CSP lets through", async () => {
    const { qrSvg, barcodeSvg } = await cardImages(code);
    for (const svg of [qrSvg, barcodeSvg]) expect(svg).not.toMatch(/<script|style=|href|<image|url\(/i);
  });
});

describe("the camera's fallback decoder", () => {
  it("is served by Halte itself, the very file the installed polyfill expects", () => {
    // A dependency upgrade without a new copy (or the reverse) fails here, not on a tablet.
    expect(ZXING_READER_WASM_URL).toMatch(/^\/vendor\/zxing_reader-[\d.]+\.wasm$/);
    const served = readFileSync(`public${ZXING_READER_WASM_URL}`);
    expect(createHash("sha256").update(served).digest("hex")).toBe(ZXING_WASM_SHA256);
    const pinned = JSON.parse(readFileSync("node_modules/barcode-detector/package.json", "utf8")) as { dependencies: Record<string, string> };
    expect(ZXING_READER_WASM_URL).toContain(`-${pinned.dependencies["zxing-wasm"]}.wasm`);
  });
});
