// Preloaded by the npm scripts that run lib/ outside Next (`tsx --import ./scripts/server-side.mjs`):
// start, seed, migrate, create-user, backup, restore, and the e2e server and runner. lib/ files
// start with `import "server-only"`, which throws outside a React Server Components build; these
// processes are servers, so the import resolves to an empty module (bench/server-only-hooks.mjs),
// as tests/support/server-only-stub.ts does under Vitest. It must be registered before the first
// lib/ module is resolved: an import in the script itself would come too late (ES modules are
// linked before any of them runs).
import { register } from "node:module";

register("./bench/server-only-hooks.mjs", import.meta.url);
