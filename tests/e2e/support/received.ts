// Everything a browser context received, to prove a secret never reached a role's browser.
import type { BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

export type Received = { url: string; type: string; status: number; body: string };

/** Records the body of every response a context gets (static build files aside). */
export function recordResponses(context: BrowserContext): () => Promise<Received[]> {
  const pending: Promise<Received>[] = [];
  context.on("response", (response) => {
    const url = response.url();
    if (new URL(url).pathname.startsWith("/_next/static/")) return;
    const base = { url, type: response.request().resourceType(), status: response.status() };
    // Redirects have no body; a body cut short by a navigation is empty.
    pending.push(response.text().then((body) => ({ ...base, body }), () => ({ ...base, body: "" })));
  });
  return async () => Promise.all(pending);
}

export function expectNotIn(received: Received[], secrets: string[]): void {
  for (const response of received) {
    for (const secret of secrets) {
      expect(response.body, `${response.type} ${response.url} (${response.status}) carries "${secret}"`).not.toContain(secret);
    }
  }
}

export async function expectPageFreeOf(page: Page, secrets: string[]): Promise<void> {
  const html = await page.content();
  for (const secret of secrets) expect(html, `${page.url()} shows "${secret}"`).not.toContain(secret);
}
