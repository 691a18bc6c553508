import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { halteBoundaries } from "./eslint-rules/client-boundary.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The client boundary (eslint-rules/client-boundary.mjs): components/ and "use client" files
    // import from lib/ only its client-safe modules (types from any), and components/ never app/.
    files: ["**/*.{ts,tsx,mts,mjs,js,jsx}"],
    plugins: { halte: halteBoundaries },
    rules: { "halte/client-boundary": "error" },
  },
  {
    rules: {
      // lib/ is server-only but for its client-safe modules; a client component imports types inline.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tmp/**"]),
]);
