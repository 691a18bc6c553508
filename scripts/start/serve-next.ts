// Runs `next start` (or `next dev`) as a child. The child stays in our process group, so a
// Ctrl-C in the terminal reaches it too; start.ts still stops it explicitly, and only then
// stops the database it talks to.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { exitOf, stopChild, type ChildExit } from "./child-process.ts";

// A file: URL (spaces and all percent-encoded), so NODE_OPTIONS needs no quoting.
const PEER_ADDRESS_PRELOAD = new URL("./peer-address.mjs", import.meta.url).href;
const REQUEST_LOG_PRELOAD = new URL("./request-log-preload.mjs", import.meta.url).href;

export type NextServer = {
  child: ChildProcess;
  exited: Promise<ChildExit>;
  stop: () => Promise<ChildExit>;
};

export type ServeSettings = {
  databaseUrl: string;
  authSecret: string;
  publicUrl: string;
  embedded: boolean;
  host: string;
  port: number;
};

export function serveEnv(base: NodeJS.ProcessEnv, settings: ServeSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    DATABASE_URL: settings.databaseUrl,
    NEXTAUTH_SECRET: settings.authSecret,
    NEXTAUTH_URL: settings.publicUrl,
    HOSTNAME: settings.host,
    PORT: String(settings.port),
    // Next's telemetry would send requests to a third party (docs/roles-and-privacy.md, rule 10).
    NEXT_TELEMETRY_DISABLED: "1",
    // The socket's address for the per-client sign-in limit (peer-address.mjs says why), and the
    // JSON request log (request-log-preload.mjs).
    NODE_OPTIONS: [base.NODE_OPTIONS, `--import ${PEER_ADDRESS_PRELOAD}`, `--import ${REQUEST_LOG_PRELOAD}`].filter(Boolean).join(" "),
  };
  if (settings.embedded) env.HALTE_EMBEDDED_DATABASE = "1";
  else delete env.HALTE_EMBEDDED_DATABASE;
  // `next start` and `next dev` set their own NODE_ENV and warn about any other value.
  Reflect.deleteProperty(env, "NODE_ENV");
  return env;
}

export function serveNext(options: { rootDir: string; dev: boolean; env: NodeJS.ProcessEnv; host: string; port: number }): NextServer {
  const next = createRequire(path.join(options.rootDir, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    [next, options.dev ? "dev" : "start", "-p", String(options.port), "-H", options.host],
    { cwd: options.rootDir, env: options.env, stdio: "inherit" },
  );
  const exited = new Promise<ChildExit>((resolve) => {
    // A failed spawn emits "error" and may never emit "exit".
    child.once("error", () => resolve({ code: 1, signal: null }));
    void exitOf(child).then(resolve);
  });
  return { child, exited, stop: () => stopChild(child) };
}
