// What `npm start` was asked to do, read once from the environment and the arguments.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ExpectedFailure } from "./expected-failure.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type StartConfig = {
  /** `--dev`: `next dev`, no build. */
  dev: boolean;
  /** Repository root: where `next` builds and runs. */
  rootDir: string;
  /** Address Next listens on. 127.0.0.1 unless HOST says otherwise: the app holds sensitive records. */
  host: string;
  port: number;
  /** Set: an external PostgreSQL. Unset: the embedded database. */
  databaseUrl: string | undefined;
  /** Embedded mode only. */
  dataDir: string;
  databasePort: number;
  /** HALTE_FIRST_RUN=demo: an empty embedded database gets the demo centre at once. */
  demoAtFirstRun: boolean;
};

export function readStartConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): StartConfig {
  const unknown = argv.filter((arg) => arg !== "--dev");
  if (unknown.length > 0) {
    throw new ExpectedFailure(
      `Unknown argument ${unknown[0]}: use npm start or npm run dev / Argument inconnu ${unknown[0]} : utilisez npm start ou npm run dev`,
    );
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return {
    dev: argv.includes("--dev"),
    rootDir: REPO_ROOT,
    host: env.HOST?.trim() || "127.0.0.1",
    port: readPort(env, "PORT", 3000),
    databaseUrl,
    dataDir: path.resolve(env.HALTE_DATA_DIR?.trim() || path.join(REPO_ROOT, ".data")),
    databasePort: readPort(env, "DATABASE_PORT", 5433),
    demoAtFirstRun: readFirstRun(env) === "demo",
  };
}

function readFirstRun(env: NodeJS.ProcessEnv): "demo" | "ask" {
  const raw = env.HALTE_FIRST_RUN?.trim();
  if (!raw || raw === "ask") return "ask";
  if (raw === "demo") return "demo";
  throw new ExpectedFailure(
    `HALTE_FIRST_RUN must be "demo" or unset, not "${raw}" / HALTE_FIRST_RUN doit valoir « demo » ou ne pas être défini, pas « ${raw} »`,
  );
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ExpectedFailure(
      `${name} must be a port number between 1 and 65535, not "${raw}" / ${name} doit être un numéro de port entre 1 et 65535, pas « ${raw} »`,
    );
  }
  return port;
}
