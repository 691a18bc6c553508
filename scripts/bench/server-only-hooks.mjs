// Module resolution hook for every process that runs lib/ outside Next (scripts/server-side.mjs,
// the bench workers, playwright.config.ts): lib/ modules start with `import "server-only"`,
// which throws outside a React Server Components build. The worker is a server, so the import
// resolves to an empty module, exactly as tests/support/server-only-stub.ts does under Vitest.
// (Node's react-server condition would do it too, but it also swaps React and next-intl for
// their server builds, which the action wrapper's translator cannot use.)
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{};", shortCircuit: true };
  return nextResolve(specifier, context);
}
