// The client boundary's two halves agree with the files (eslint-rules/client-boundary.mjs): the
// lint rule lets a client component import only the listed client-safe lib/ modules, and every
// other lib/ file starts with `import "server-only"`, so the build refuses what the linter missed.
// A listed module must itself import from lib/ only listed modules, or it would carry server code
// into the browser.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_SAFE_LIB, NODE_PRELOAD_LIB } from "@/eslint-rules/client-boundary.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const EXTENSION = /\.(ts|tsx|mjs)$/;

function libFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : libFiles(full);
    return EXTENSION.test(name) ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

const files = libFiles(path.join(root, "lib"));
const withoutExtension = (file: string) => file.replace(EXTENSION, "");
const clientSafe = new Set(CLIENT_SAFE_LIB);
const preloaded = new Set(NODE_PRELOAD_LIB);
const serverOnly = (text: string) => /^import "server-only";$/m.test(text);

/** The lib/ modules a file imports values from (type-only imports are erased). */
function valueImportsOf(file: string, text: string): string[] {
  const targets: string[] = [];
  for (const [, clause = "", specifier = ""] of text.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+"([^"]+)";/gms)) {
    const named = clause.trim();
    // `import { type A, type B }` is erased as a whole; one value name keeps the import.
    if (/^\{[^}]*\}$/s.test(named) && named.slice(1, -1).split(",").every((name) => !name.trim() || /^type\s/.test(name.trim()))) continue;
    const target = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.relative(root, path.resolve(root, path.dirname(file), specifier)).split(path.sep).join("/") : specifier;
    if (target.startsWith("lib/") && !target.startsWith("lib/generated/")) targets.push(withoutExtension(target));
  }
  return targets;
}

describe("the client boundary", () => {
  it("lists only modules that exist", () => {
    const existing = new Set(files.map(withoutExtension));
    expect([...CLIENT_SAFE_LIB, ...NODE_PRELOAD_LIB].filter((module) => !existing.has(module))).toEqual([]);
  });

  it("gives every lib/ file outside the lists `import \"server-only\"`", () => {
    const unmarked = files.filter((file) => !clientSafe.has(withoutExtension(file)) && !preloaded.has(withoutExtension(file)));
    expect(unmarked.filter((file) => !serverOnly(readFileSync(path.join(root, file), "utf8")))).toEqual([]);
  });

  it("keeps server-only out of the client-safe modules, which say what they are", () => {
    const listed = files.filter((file) => clientSafe.has(withoutExtension(file)));
    expect(listed.filter((file) => serverOnly(readFileSync(path.join(root, file), "utf8")))).toEqual([]);
    expect(listed.filter((file) => !readFileSync(path.join(root, file), "utf8").startsWith("// Client-safe (eslint-rules/client-boundary.mjs)"))).toEqual([]);
  });

  it("lets a client-safe module import values only from other client-safe modules", () => {
    const leaks = files
      .filter((file) => clientSafe.has(withoutExtension(file)))
      .flatMap((file) => valueImportsOf(file, readFileSync(path.join(root, file), "utf8")).filter((target) => !clientSafe.has(target)).map((target) => `${file} -> ${target}`));
    expect(leaks).toEqual([]);
  });

  it("reads value imports as the lint rule does (a check of the check above)", () => {
    const text = 'import "server-only";\nimport { a, type B } from "@/lib/x";\nimport type { C } from "@/lib/y";\nimport { type D } from "../z.ts";\nimport {\n  e,\n} from "./w";\n';
    expect(valueImportsOf("lib/dir/file.ts", text)).toEqual(["lib/x", "lib/dir/w"]);
  });
});
