// The line between the browser and the server, as the linter holds it (docs/architecture.md,
// "Where each kind of code goes"). A component under components/ and any "use client" file may
// import from lib/ only the modules listed here: schemas, formatters, enums, types and pure rules,
// none of which imports the database or `server-only`. Every other lib/ file starts with
// `import "server-only"` (tests/unit/client-boundary.test.ts checks both lists against the files),
// so the build fails too if a client module reaches one. Type-only imports are always allowed:
// they are erased before the browser sees them. A component under components/ never imports
// app/'s code: a server component that fetches data for one route lives beside it, in
// app/…/_sections/. It may name a bound action's type (`import type { checkIn }`), which is how a
// prop says which action it takes (lib/actions/action-types.ts).
import path from "node:path";

/** lib/ modules a client component may import values from (paths without their extension). */
export const CLIENT_SAFE_LIB = [
  "lib/actions/action-result",
  "lib/actions/action-types",
  "lib/actions/translate-issues",
  "lib/auth/password-rules",
  "lib/auth/roles",
  "lib/catalogue/default-catalogue",
  "lib/clinic/default-vaccines",
  "lib/clinic/schemas",
  "lib/costs/categories",
  "lib/costs/money",
  "lib/costs/schemas",
  "lib/directory/schemas",
  "lib/field/client/cache-reference",
  "lib/field/client/crypto",
  "lib/field/client/erase",
  "lib/field/client/queue-rules",
  "lib/field/client/store",
  "lib/field/client/sync",
  "lib/field/schemas",
  "lib/i18n/by-key",
  "lib/i18n/format-local-date",
  "lib/i18n/pick-messages",
  "lib/incidents/schemas",
  "lib/nights/local-date",
  "lib/nights/paper-sheet-schema",
  "lib/nights/schemas",
  "lib/nights/zoned-time",
  "lib/participants/card-scan-setup",
  "lib/participants/code-check",
  "lib/participants/code-format",
  "lib/participants/schemas",
  "lib/programs/schemas",
  "lib/referrals/schemas",
  "lib/reports/comparable",
  "lib/reports/periods",
  "lib/setup/schemas",
  "lib/setup/spoken-languages",
  "lib/stock/schemas",
  "lib/test-clock-setting",
  "lib/users/schemas",
  "lib/validation/fields",
  "lib/violence/schemas",
  "lib/visits/service-kinds",
];

/**
 * Plain-Node modules that `npm start` preloads into the server process before Next runs
 * (scripts/start/request-log-preload.mjs): `server-only` throws outside a bundler, so they cannot
 * import it. They are server code all the same, and no client may import them.
 */
export const NODE_PRELOAD_LIB = [
  "lib/database-unavailable",
  "lib/health/database-down-page",
  "lib/logging/log-options",
  "lib/logging/request-log",
  "lib/logging/route-name",
];

const clientSafe = new Set(CLIENT_SAFE_LIB);
const EXTENSION = /\.(ts|tsx|mts|mjs|js)$/;

/** The repository path an import names ("@/lib/x", "../lib/x.ts"), or null for a package. */
function targetOf(specifier, filename, root) {
  if (specifier.startsWith("@/")) return specifier.slice(2).replace(EXTENSION, "");
  if (!specifier.startsWith(".")) return null;
  return path.relative(root, path.resolve(path.dirname(filename), specifier)).split(path.sep).join("/").replace(EXTENSION, "");
}

function isUseClient(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

function typeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "A client component imports from lib/ only client-safe modules, and components/ never imports app/" },
    messages: {
      serverModule: "'{{target}}' is server code: a client component (or any file under components/) may import only types from it. Pass its data down as props, or move a pure piece into a client-safe module listed in eslint-rules/client-boundary.mjs.",
      appModule: "components/ never imports app/ ('{{target}}'): pass the bound action as a prop, or move a route's own server component to app/…/_sections/.",
    },
    schema: [],
  },
  create(context) {
    const filename = context.filename;
    const root = context.cwd;
    const relative = path.relative(root, filename).split(path.sep).join("/");
    const inComponents = relative.startsWith("components/");
    let client = inComponents;
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const target = targetOf(source.value, filename, root);
      if (!target) return;
      if (inComponents && target.startsWith("app/") && !typeOnly(node)) context.report({ node, messageId: "appModule", data: { target } });
      if (!client || !target.startsWith("lib/") || typeOnly(node) || clientSafe.has(target)) return;
      context.report({ node, messageId: "serverModule", data: { target } });
    };
    return {
      Program(program) {
        client = inComponents || isUseClient(program);
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
};

export const halteBoundaries = { meta: { name: "halte-boundaries" }, rules: { "client-boundary": rule } };
