// Cross-check of page-js.ts: open the page in Chromium (Debian's, as the end-to-end tests do)
// as a signed-in user and list the scripts it requests from /_next/ until the network is quiet,
// with the bytes that came over the wire. If the manifests ever stop telling the truth (a Next
// upgrade), this is where it shows.
import { chromium } from "@playwright/test";

export type BrowserScripts = {
  /** Paths under /_next/, e.g. "static/chunks/1c3l0cebr4pxx.js". */
  files: string[];
  /** Compressed body bytes as received. */
  transferredBytes: number;
  /** The final address, to make sure the page itself (not a sign-in redirect) was measured. */
  finalPath: string;
};

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function scriptsLoadedBy(
  baseUrl: string,
  urlPath: string,
  credentials: { username: string; password: string },
): Promise<BrowserScripts> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    timeout: 30_000,
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    // Sign in through next-auth's endpoints with the context's own cookie jar, as sign-in.ts does.
    const csrf = await context.request.get("/api/auth/csrf", { timeout: 15_000 });
    const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
    if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");
    const signIn = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, username: credentials.username, password: credentials.password, json: "true", callbackUrl: `${baseUrl}/` },
      maxRedirects: 0,
      timeout: 15_000,
    });
    if (signIn.status() >= 400) throw new Error(`sign-in answered ${signIn.status()}`);

    const page = await context.newPage();
    const files = new Set<string>();
    let transferredBytes = 0;
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      const { pathname } = new URL(request.url());
      if (!pathname.startsWith("/_next/")) return;
      files.add(pathname.slice("/_next/".length));
      pending.push(
        request.sizes().then((sizes) => {
          transferredBytes += sizes.responseBodySize;
        }),
      );
    });
    await page.goto(urlPath, { waitUntil: "networkidle", timeout: 60_000 });
    await Promise.all(pending);
    return { files: [...files], transferredBytes, finalPath: new URL(page.url()).pathname };
  } finally {
    await browser.close();
  }
}
