// checkin_page_own_js_kb (and its total): the check-in page's first-load JavaScript, from the production build.
// `ensureBuild` runs buildIfStale in a child (build-app.ts) so `next build`'s output stays
// off the bench's stdout; `checkAgainstBrowser` compares the manifest list with what Chromium
// actually requests when it opens the page on a running server.
import { spawn } from "node:child_process";
import { Aborted, exitOf, stopChild } from "../start/child-process.ts";
import { firstLoadJs, type PageJs } from "./page-js.ts";
import { scriptsLoadedBy } from "./page-js-in-browser.ts";

export const CHECK_IN_PAGE = "/tonight";

export class PageJsMismatch extends Error {}
export class BuildFailed extends Error {}

const BUILD_TIMEOUT_MS = 15 * 60_000;

export async function ensureBuild(rootDir: string, signal: AbortSignal): Promise<void> {
  if (signal.aborted) throw new Aborted();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/build-app.ts"], {
    cwd: rootDir,
    env: process.env,
    stdio: ["ignore", 2, 2],
  });
  const stop = () => void stopChild(child);
  signal.addEventListener("abort", stop, { once: true });
  const timer = setTimeout(stop, BUILD_TIMEOUT_MS);
  try {
    const exit = await exitOf(child);
    if (signal.aborted) throw new Aborted();
    if (exit.code !== 0) throw new BuildFailed(`the production build failed (exit ${exit.code ?? exit.signal}); see above`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", stop);
  }
}

export function checkInPageJs(rootDir: string): PageJs {
  return firstLoadJs(rootDir, CHECK_IN_PAGE);
}

/** Resolves with a line for the log; throws PageJsMismatch when the lists differ. */
export async function checkAgainstBrowser(
  pageJs: PageJs,
  baseUrl: string,
  credentials: { username: string; password: string },
): Promise<string> {
  const seen = await scriptsLoadedBy(baseUrl, CHECK_IN_PAGE, credentials);
  if (seen.finalPath !== CHECK_IN_PAGE) throw new PageJsMismatch(`Chromium ended on ${seen.finalPath}, not ${CHECK_IN_PAGE}`);
  const missed = seen.files.filter((file) => !pageJs.files.includes(file));
  const unused = pageJs.files.filter((file) => !seen.files.includes(file));
  if (missed.length > 0 || unused.length > 0) {
    throw new PageJsMismatch(
      `the build manifests and Chromium disagree on ${CHECK_IN_PAGE}'s scripts: loaded but not counted [${missed.join(", ")}], counted but not loaded [${unused.join(", ")}]`,
    );
  }
  return `Chromium loaded the same ${seen.files.length} scripts as the manifests list (${(seen.transferredBytes / 1000).toFixed(1)} kB over the wire, ${(pageJs.gzipBytes / 1000).toFixed(1)} kB by zlib)`;
}
