// "Scan a card" with a tablet's camera, in Chromium with a fake camera that
// films a card's QR code. Chromium on Linux has no BarcodeDetector of its own, so this is the
// polyfill's path: its WebAssembly must come from Halte itself (the fixtures fail any request to
// another host) and the CSP of /tonight must let it compile. A file of its own: the fake camera
// is a browser launch option, so these tests get a browser of their own.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import { ZXING_READER_WASM_URL } from "../../lib/participants/card-scan-setup.ts";
import { expect, t, test } from "./support/fixtures.ts";
import { ParticipantsPage } from "./support/pages/participants-page.ts";
import { TonightPage } from "./support/pages/tonight-page.ts";
import { formatCode } from "./support/text.ts";

const VIDEO = path.join(tmpdir(), `halte-card-camera-${process.pid}.y4m`);
const [WIDTH, HEIGHT] = [640, 480];

/** One grey frame (Y4M, 4:2:0) with `code`'s QR in the middle, as a card held up to the lens. */
function filmCard(code: string): void {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: "M" });
  const scale = 10;
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  const offsetX = Math.floor((WIDTH - modules.size * scale) / 2);
  const offsetY = Math.floor((HEIGHT - modules.size * scale) / 2);
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let y = 0; y < scale; y++) luma.fill(16, (offsetY + row * scale + y) * WIDTH + offsetX + column * scale, (offsetY + row * scale + y) * WIDTH + offsetX + (column + 1) * scale);
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  writeFileSync(VIDEO, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

// Chromium may open the camera's file as it starts: a placeholder until the test films its card.
filmCard("000000");

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${VIDEO}`],
  },
});

test("the camera reads a card and checks its holder in, with a decoder served by Halte", async ({ signInAs, context }) => {
  const page = await signInAs("STAFF");
  await context.grantPermissions(["camera"]);
  const alias = `Caméra ${Date.now().toString(36)}`;
  const { code } = await new ParticipantsPage(page).register(alias);
  filmCard(code);

  const tonight = new TonightPage(page);
  await tonight.open();
  const wasm = page.waitForRequest((request) => new URL(request.url()).pathname === ZXING_READER_WASM_URL, { timeout: 30_000 });
  const native = await page.evaluate(() => "BarcodeDetector" in globalThis);
  await page.getByRole("button", { name: t("card.scan"), exact: true }).click();
  if (!native) expect((await wasm).url()).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\//);
  await expect(tonight.checkInPanel).toContainText(`${t("tonight.checkedIn")} ${alias} (${formatCode(code)})`, { timeout: 30_000 });
  await expect(page.getByTestId("card-scanner")).toHaveCount(0);
  await expect(tonight.visitList).toContainText(alias);
});
