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
    // Pages only redirect and call lib/ queries, which import the client themselves.
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/db", message: "A page calls a lib/<domain>/queries function; the query imports the client.", allowTypeImports: true }],
          patterns: [{ group: ["@/lib/generated/*"], message: "A page never reads the database itself: call a lib/ query.", allowTypeImports: true }],
        },
      ],
    },
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
