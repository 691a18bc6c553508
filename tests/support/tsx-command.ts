// How a test runs one of Halte's scripts: as its npm script does (package.json), through tsx with
// scripts/server-side.mjs preloaded, since lib/ files start with `import "server-only"`, which
// throws outside a React Server Components build unless that preload resolves it to nothing.
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** `node ...TSX_SERVER_SIDE script.ts args` = `tsx --import ./scripts/server-side.mjs script.ts args`. */
export const TSX_SERVER_SIDE: readonly string[] = [
  path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
  "--import",
  pathToFileURL(path.join(ROOT, "scripts", "server-side.mjs")).href,
];
