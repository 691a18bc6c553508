import { createSerwistRoute } from "@serwist/turbopack";

// Serves the service worker (service-worker/sw.ts), bundled with esbuild when the app is built,
// its precache list being the build's own static files (the fonts, scripts and styles: nothing
// personal). The field pages themselves are cached by the worker when opened online.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "service-worker/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [".next/static/**/*.{js,css,woff2}", "public/icons/*.{svg,png}"],
  globIgnores: ["public/vendor/**"],
  additionalPrecacheEntries: [],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});
