/// <reference lib="webworker" />
// The service worker (Serwist), bundled by app/serwist/[path]/route.ts at build time.
// What it keeps (DESIGN.md §4.8): the build's static files (scripts, styles, fonts: nothing
// personal), and the two field-form pages, whose HTML holds no participant data (their data
// comes from the device's encrypted store). Every other page, and every API answer, goes to the
// network and is never cached: pages holding personal data are never on the device.
import { NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

/** Also named in lib/field/client/erase.ts, which empties it at sign-out. */
const SHELL_CACHE = "halte-field-shells";
const FIELD_PAGES = new Set(["/field/outreach", "/field/clinic"]);

const shells = new NetworkFirst({
  cacheName: SHELL_CACHE,
  networkTimeoutSeconds: 5,
  matchOptions: { ignoreSearch: true },
  plugins: [
    {
      // Only the page itself: never a redirect to the sign-in page, an error or another page.
      cacheWillUpdate: async ({ request, response }) =>
        response.ok && !response.redirected && new URL(response.url || request.url).pathname === new URL(request.url).pathname ? response : null,
    },
  ],
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && FIELD_PAGES.has(url.pathname),
      handler: shells,
    },
  ],
});

serwist.addEventListeners();
