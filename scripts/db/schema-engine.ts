// Prisma's schema engine (the Rust one, compiled to WASM) run in-process, because the
// native engine cannot be downloaded here (docs/decisions/0002-own-migration-runner.md). It needs a driver adapter: we
// give it in-memory PGlite databases, never the real one (Prisma issue 27403: reading a
// live PostgreSQL through the WASM engine fails on `name`/`char` columns).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type * as EngineModule from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  LOCKFILE,
  LOCKFILE_CONTENT,
  MIGRATION_FILE,
  listMigrations,
  readLockfile,
} from "./migration-files.ts";

export const EMPTY_MIGRATION = "-- This is an empty migration.";

/** True when the script holds no statement (the engine prints only a comment for an empty diff). */
export function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => {
    const trimmed = line.trim();
    return trimmed === "" || trimmed.startsWith("--");
  });
}

export class SchemaEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaEngineError";
  }
}

// The generated glue keeps the WASM instance in a module-level variable, so a second
// instantiation would swap the memory under a live engine: instantiate once per process.
let engineModule: Promise<typeof EngineModule> | undefined;

function loadEngineModule(): Promise<typeof EngineModule> {
  engineModule ??= (async () => {
    // The glue calls this registry when the Rust code panics; without it a panic surfaces
    // as "Cannot read properties of undefined" instead of the engine's message.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // The package's export map does not expose the .wasm file: find it beside the glue.
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = new Uint8Array(await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm")));
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })().catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
}

let lastPanic: string | undefined;

/**
 * Adapter factory over in-memory PGlite databases created on demand. pglite-prisma-adapter's
 * own `connectToShadowDb` creates a PGlite nobody closes, so we hand out our own and close
 * them in `close()`.
 */
function pgliteFactory(): { factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> } {
  const opened: PGlite[] = [];
  const connectTo = async (): Promise<SqlDriverAdapter> => {
    const db = await PGlite.create();
    opened.push(db);
    // pglite-prisma-adapter is typed against driver-adapter-utils 7.2.0; the runtime
    // interface the engine calls is the same in 7.10.0.
    return (await new PrismaPGlite(db).connect()) as unknown as SqlDriverAdapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: connectTo,
    connectToShadowDb: connectTo,
  };
  return {
    factory,
    close: async () => {
      await Promise.allSettled(opened.map((db) => db.close()));
    },
  };
}

export type EngineOptions = {
  /** Receives the engine's log lines (JSON strings); silent by default. */
  log?: (line: string) => void;
};

/** Runs `fn` with a fresh engine; the engine is freed and every PGlite closed afterwards. */
export async function withSchemaEngine<T>(fn: (engine: SchemaEngine) => Promise<T>, options: EngineOptions = {}): Promise<T> {
  const bg = await loadEngineModule();
  const { factory, close } = pgliteFactory();
  let engine: SchemaEngine | undefined;
  try {
    const logger = (line: string) => options.log?.(line);
    engine = await bg.SchemaEngine.new({ datamodels: undefined }, logger, bindMigrationAwareSqlAdapterFactory(factory));
    return await fn(engine);
  } catch (error) {
    throw new SchemaEngineError(withoutSpanTrace(engineErrorMessage(error)));
  } finally {
    engine?.free();
    await close();
  }
}

/** Engine errors end with a Rust span trace ("   0: schema_engine_wasm::..."): not for users. */
function withoutSpanTrace(message: string): string {
  const lines = message.split("\n");
  const start = lines.findIndex((line) => /^\s*0: \w+::/.test(line));
  return (start === -1 ? lines : lines.slice(0, start)).join("\n").trim();
}

/** The engine rejects with plain objects, JSON strings or Errors depending on the layer. */
function engineErrorMessage(error: unknown): string {
  if (lastPanic) {
    const panic = lastPanic;
    lastPanic = undefined;
    return `schema engine panicked: ${panic}`;
  }
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (error && typeof error === "object") {
    const record = error as { message?: unknown; error?: unknown };
    if (typeof record.message === "string") return record.message;
    if (typeof record.error === "string") return record.error;
    return JSON.stringify(error);
  }
  return String(error);
}

/** The `migrations` diff source, in the shape prisma's CLI builds it (`listMigrations` there). */
export function migrationList(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): MigrationList {
  const baseDir = path.resolve(migrationsDir);
  return {
    baseDir,
    // The engine takes the connector from the lockfile; before the first migration there is
    // none yet, so we pass the one create-migration is about to write.
    lockfile: { path: LOCKFILE, content: readLockfile(baseDir) ?? LOCKFILE_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories: listMigrations(baseDir).map((migration) => ({
      path: migration.name,
      migrationFile: {
        path: MIGRATION_FILE,
        content: migration.bytes
          ? { tag: "ok", value: migration.bytes.toString("utf8") }
          : { tag: "error", value: `${MIGRATION_FILE} is missing in ${migration.name}` },
      },
    })),
  };
}

/**
 * SQL that takes a database built by the migrations to the state schema.prisma describes.
 * `-- This is an empty migration.` (see isEmptyMigration) means they agree: the drift check.
 */
export async function diffMigrationsToSchema(
  opts: { migrationsDir?: string; schemaPath?: string } & EngineOptions = {},
): Promise<string> {
  const schemaPath = path.resolve(opts.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  const from = migrationList(opts.migrationsDir);
  return await withSchemaEngine(async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...from },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  }, opts);
}
