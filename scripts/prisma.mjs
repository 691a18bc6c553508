#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma's Rust schema engine cannot be downloaded on
// our machines; `prisma generate` and `prisma validate` only need it to exist, so we
// point PRISMA_SCHEMA_ENGINE_BINARY at a file that fails fast if anything calls it.
// Migrations go through scripts/db/ (WASM engine in-process) instead.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync("/bin/false") ? "/bin/false" : process.execPath;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1"; // no telemetry request leaves the machine

const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
