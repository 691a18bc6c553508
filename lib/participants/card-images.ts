import "server-only";
import QRCode from "qrcode";
// The "generic" build: toSVG needs no canvas and no Node API, so it bundles as it is.
import { toSVG } from "bwip-js/generic";

// The card's two machine-readable forms of the code, drawn as SVG on the server: the page sends
// markup only (no script, no image request), and it prints sharp at any size. Both carry the
// bare code ("K7M4QX", no space): a USB scanner types exactly that, then Enter.
export type CardImages = { qrSvg: string; barcodeSvg: string };

export async function cardImages(code: string): Promise<CardImages> {
  // Error correction M survives a creased, worn card; margin 1 because the card gives the quiet zone.
  const qrSvg = await QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  // Code 128: what every USB scanner reads out of the box, dense enough for six characters on a
  // wallet card. No human-readable line under the bars: the card shows the code large already.
  const barcodeSvg = toSVG({ bcid: "code128", text: code, height: 9, scale: 2, paddingwidth: 8, paddingheight: 2, includetext: false });
  return { qrSvg, barcodeSvg };
}
