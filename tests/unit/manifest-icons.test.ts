// The installable app's icons are the centre's own files (docs/roles-and-privacy.md, rule 10):
// every icon app/manifest.ts names exists under public/, and each PNG is the size it claims.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import { ICON_SIZES, iconPng } from "@/scripts/icons/make-icons";

const icons = manifest().icons ?? [];
const publicFile = (src: string) => readFileSync(new URL(`../../public${src}`, import.meta.url));

describe("the manifest's icons", () => {
  it("are on this host, with a 192 and a 512 pixel maskable PNG", () => {
    expect(icons.every((icon) => icon.src.startsWith("/icons/"))).toBe(true);
    const maskable = icons.filter((icon) => icon.purpose === "maskable" && icon.type === "image/png").map((icon) => icon.sizes);
    expect(maskable).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });

  it.each(icons.map((icon) => [icon.src, icon] as const))("%s exists under public/ and is what it says", (_src, icon) => {
    const bytes = publicFile(icon.src);
    if (icon.type === "image/png") {
      // The PNG signature, then IHDR's width and height (big-endian, bytes 16 to 23).
      expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    } else {
      expect(bytes.toString("utf8")).toMatch(/^<svg /);
    }
  });

  it("are the files scripts/icons/make-icons.ts draws (run it after changing the drawing)", () => {
    for (const size of ICON_SIZES) expect(iconPng(size).equals(publicFile(`/icons/halte-${size}.png`))).toBe(true);
  });
});
