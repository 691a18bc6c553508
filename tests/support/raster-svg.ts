// Turns the card's SVG (the stroked paths qrcode and bwip-js draw: M/m moves, h/L lines) into a
// greyscale PGM image, so a real decoder can read what the card prints. Not a general SVG
// renderer: only what these two libraries emit, which is all the test needs.
export function svgToPgm(svg: string, scale: number): Uint8Array {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error("no viewBox");
  const margin = 10 * scale; // a quiet zone around the symbol, as the card's white gives
  const width = Math.ceil(Number(viewBox[1]) * scale) + 2 * margin;
  const height = Math.ceil(Number(viewBox[2]) * scale) + 2 * margin;
  const pixels = new Uint8Array(width * height).fill(255);
  const paint = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = Math.round(y0 * scale); y < Math.round(y1 * scale); y++)
      for (let x = Math.round(x0 * scale); x < Math.round(x1 * scale); x++) pixels[(y + margin) * width + x + margin] = 0;
  };
  for (const path of svg.matchAll(/<path ([^>]*)\/?>/g)) {
    const attributes = path[1]!;
    if (!/stroke="#000000"/.test(attributes)) continue; // the white background is a fill
    const stroke = Number(/stroke-width="([\d.]+)"/.exec(attributes)?.[1] ?? 1);
    const d = /d="([^"]+)"/.exec(attributes)![1]!;
    let x = 0;
    let y = 0;
    for (const [, command, args] of d.matchAll(/([MmLhH])([^MmLhH]*)/g)) {
      const n = args!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
      if (command === "M") [x, y] = [n[0]!, n[1]!];
      else if (command === "m") [x, y] = [x + n[0]!, y + n[1]!];
      else if (command === "h" || command === "H") {
        const to = command === "h" ? x + n[0]! : n[0]!;
        paint(Math.min(x, to), y - stroke / 2, Math.max(x, to), y + stroke / 2);
        x = to;
      } else if (command === "L") {
        const [toX, toY] = [n[0]!, n[1]!];
        if (toX === x) paint(x - stroke / 2, Math.min(y, toY), x + stroke / 2, Math.max(y, toY));
        else if (toY === y) paint(Math.min(x, toX), y - stroke / 2, Math.max(x, toX), y + stroke / 2);
        else throw new Error("a slanted line: not drawn by these libraries");
        [x, y] = [toX, toY];
      }
    }
  }
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const image = new Uint8Array(header.length + pixels.length);
  image.set(header);
  image.set(pixels, header.length);
  return image;
}
