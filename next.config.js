import createNextIntlPlugin from "next-intl/plugin";
import { withSerwist } from "@serwist/turbopack";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // The messages are compiled at build time, so browsers get next-intl's formatter without the
  // ICU parser (intl-messageformat): about 10 kB less gzip on every page, the check-in screen's
  // included. Anything that imports messages/*.json through the build gets the compiled form,
  // which createTranslator reads the same way.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Metadata (the page <title>) is sent in the <head> before the page, for every client: screen
  // readers announce the title on arrival, and Next would otherwise stream it in afterwards.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // Security headers that do not depend on the request; the CSP (per-request nonce) and
  // Cache-Control are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "X-Frame-Options", value: "DENY" },
          // The camera for this origin only: tonight's "scan a card" on a tablet.
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
  },
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite"],
};

// withSerwist: esbuild (which bundles the service worker, app/serwist/[path]/route.ts) stays a
// server package instead of being bundled into the route.
export default withSerwist(withNextIntl(nextConfig));
