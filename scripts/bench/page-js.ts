// First-load JavaScript of one App Router page, read from the production build in .next/:
// what a browser downloads before the page is interactive, gzip-compressed file by file as
// `next start` serves it (zlib's default level, like its `compression` middleware).
//
// Next 16 (Turbopack) no longer prints sizes after `next build`, so we read its manifests:
// - .next/build-manifest.json `rootMainFiles`: the runtime and framework chunks every App
//   Router page loads (the Turbopack runtime among them);
// - .next/server/app/<page>_client-reference-manifest.js `entryJSFiles`: for each segment of
//   this page's tree (root layout, group layout, the page, and the error / not-found /
//   forbidden boundaries, whose client components are in the first RSC payload), the chunks
//   its client components need. Chunks only a dynamic import() loads are not entries.
// `polyfillFiles` are left out: they load with `nomodule`, which no current browser fetches.
// run.ts checks this list against what Chromium actually requests (page-js-in-browser.ts).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export type PageJs = {
  /** The App Router entry, e.g. "/(staff)/tonight/page". */
  entry: string;
  /** Paths under /_next/, e.g. "static/chunks/1c3l0cebr4pxx.js", in load order. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Of gzipBytes, what `rootMainFiles` weigh: Next's and React's own runtime, on every page. */
  frameworkGzipBytes: number;
};

type BuildManifest = { rootMainFiles?: string[] };
type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

export class PageJsUnavailable extends Error {}

/** `urlPath` is the page's address, e.g. "/tonight". */
export function firstLoadJs(rootDir: string, urlPath: string): PageJs {
  const nextDir = path.join(rootDir, ".next");
  const routes = readJson<Record<string, string>>(path.join(nextDir, "app-path-routes-manifest.json"));
  const entry = Object.keys(routes).find((key) => routes[key] === urlPath && key.endsWith("/page"));
  if (!entry) throw new PageJsUnavailable(`no App Router page serves ${urlPath} in .next/app-path-routes-manifest.json`);

  const rootMainFiles = readJson<BuildManifest>(path.join(nextDir, "build-manifest.json")).rootMainFiles ?? [];
  const manifest = clientReferenceManifest(nextDir, entry);
  const segmentFiles = Object.values(manifest.entryJSFiles ?? {}).flat();
  if (rootMainFiles.length === 0 || segmentFiles.length === 0) {
    throw new PageJsUnavailable(`the manifests of ${entry} list no JavaScript: has the Next.js build layout changed?`);
  }

  const files = [...new Set([...rootMainFiles, ...segmentFiles])].filter((file) => file.endsWith(".js"));
  let rawBytes = 0;
  let gzipBytes = 0;
  let frameworkGzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(nextDir, file));
    const gzipped = gzipSync(content).length;
    rawBytes += content.length;
    gzipBytes += gzipped;
    if (rootMainFiles.includes(file)) frameworkGzipBytes += gzipped;
  }
  return { entry, files, rawBytes, gzipBytes, frameworkGzipBytes };
}

/** The manifest is a script that assigns to globalThis.__RSC_MANIFEST: run it in a sandbox. */
function clientReferenceManifest(nextDir: string, entry: string): ClientReferenceManifest {
  const file = path.join(nextDir, "server", "app", `${entry}_client-reference-manifest.js`);
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    throw new PageJsUnavailable(`${path.relative(path.dirname(nextDir), file)} is missing: is there a production build?`);
  }
  const sandbox = vm.createContext({}) as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> };
  vm.runInContext(source, sandbox, { timeout: 1_000 });
  const manifest = sandbox.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new PageJsUnavailable(`${file} does not describe ${entry}`);
  return manifest;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    throw new PageJsUnavailable(`cannot read ${file}: is there a production build?`);
  }
}

/** The build the figure was read from, for the report. */
export function buildStamp(rootDir: string): string {
  const file = path.join(rootDir, ".next", "BUILD_ID");
  return `${readFileSync(file, "utf8").trim()} (${statSync(file).mtime.toISOString()})`;
}
