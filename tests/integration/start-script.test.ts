// `npm start` on the embedded database: the refusals that protect the data directory, the
// session secret kept across restarts, the decision to rebuild, and committed rows surviving
// a stop and a restart. No `next build` runs here (minutes on a small machine).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claimPort } from "../../scripts/db/embedded-postgres.ts";
import { AUTH_SECRET_FILE, loadOrCreateAuthSecret, requireAuthSecretFromEnv } from "../../scripts/start/auth-secret.ts";
import { BUILD_ID, buildEnv, decideBuild } from "../../scripts/start/build-if-stale.ts";
import { ExpectedFailure } from "../../scripts/start/expected-failure.ts";
import { prepareEmbeddedDatabase } from "../../scripts/start/database.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { TSX_SERVER_SIDE } from "@/tests/support/tsx-command";

const ROOT = path.resolve(import.meta.dirname, "../..");

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "halte-start-"));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/start.ts as `npm start` would, with the test database's variables removed. */
function runStart(env: Record<string, string>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // The integration setup points DATABASE_URL at the test database: that would be external mode.
  if (!("DATABASE_URL" in env)) delete childEnv.DATABASE_URL;
  if (!("NEXTAUTH_SECRET" in env)) delete childEnv.NEXTAUTH_SECRET;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...TSX_SERVER_SIDE, path.join(ROOT, "scripts", "start.ts")],
      { cwd: ROOT, env: childEnv, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("no address");
  return { port: address.port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function expectNoStackTrace(output: string): void {
  expect(output).not.toMatch(/^\s+at /m);
}

describe("npm start refuses a taken port", () => {
  it("exits 1 with one clear line when the database port is taken, and leaves the data directory alone", async () => {
    const taken = await occupy();
    try {
      const dataDir = path.join(tempDir(), "data");
      const run = await runStart({
        HALTE_DATA_DIR: dataDir,
        DATABASE_PORT: String(taken.port),
        PORT: String(await claimPort(0)),
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${taken.port} (database) is taken`);
      expect(run.stderr).toContain(`Le port ${taken.port} (base de données) est occupé`);
      expect(run.stderr).toContain("DATABASE_PORT");
      expectNoStackTrace(run.stderr + run.stdout);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await taken.close();
    }
  });

  it("exits 1 when the app port is taken, before creating anything", async () => {
    const taken = await occupy();
    try {
      const dataDir = path.join(tempDir(), "data");
      const run = await runStart({
        HALTE_DATA_DIR: dataDir,
        DATABASE_PORT: String(await claimPort(0)),
        PORT: String(taken.port),
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${taken.port} (app) is taken`);
      expect(run.stderr).toContain("PORT");
      expectNoStackTrace(run.stderr + run.stdout);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await taken.close();
    }
  });

  it("leaves an existing data directory exactly as it was", async () => {
    const taken = await occupy();
    try {
      const dataDir = tempDir();
      writeFileSync(path.join(dataDir, "marker"), "x");
      const run = await runStart({
        HALTE_DATA_DIR: dataDir,
        DATABASE_PORT: String(taken.port),
        PORT: String(await claimPort(0)),
      });
      expect(run.code).toBe(1);
      expect(readdirSync(dataDir)).toEqual(["marker"]);
    } finally {
      await taken.close();
    }
  });

  it("with DATABASE_URL set, refuses to start without NEXTAUTH_SECRET, before connecting", async () => {
    const run = await runStart({
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      PORT: String(await claimPort(0)),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("NEXTAUTH_SECRET is missing");
    expect(run.stderr).toContain("NEXTAUTH_SECRET manque");
    expectNoStackTrace(run.stderr + run.stdout);
  });

  it("refuses a port that is not a number", async () => {
    const run = await runStart({ HALTE_DATA_DIR: path.join(tempDir(), "d"), PORT: "30x0" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT must be a port number between 1 and 65535, not "30x0"');
    expectNoStackTrace(run.stderr);
  });
});

describe("session secret of the embedded setup", () => {
  it("is generated once, readable by its owner only, and reused", () => {
    const dataDir = tempDir();
    const first = loadOrCreateAuthSecret(dataDir, undefined);
    expect(first.source).toBe("created");
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, AUTH_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = loadOrCreateAuthSecret(dataDir, undefined);
    expect(second).toEqual({ secret: first.secret, source: "file" });
    expect(loadOrCreateAuthSecret(tempDir(), undefined).secret).not.toBe(first.secret);
  });

  it("comes from NEXTAUTH_SECRET when set, and then no file is written", () => {
    const dataDir = tempDir();
    const secret = "s".repeat(40);
    expect(loadOrCreateAuthSecret(dataDir, secret)).toEqual({ secret, source: "environment" });
    expect(existsSync(path.join(dataDir, AUTH_SECRET_FILE))).toBe(false);
  });

  it("refuses a secret shorter than 32 characters, from the file or the environment", () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, AUTH_SECRET_FILE), "too-short\n");
    expect(() => loadOrCreateAuthSecret(dataDir, undefined)).toThrow(ExpectedFailure);
    expect(() => loadOrCreateAuthSecret(tempDir(), "short")).toThrow(ExpectedFailure);
    expect(() => requireAuthSecretFromEnv(undefined)).toThrow(/NEXTAUTH_SECRET is missing/);
  });
});

describe("build-if-stale", () => {
  const past = new Date("2026-01-01T00:00:00Z");
  const buildTime = new Date("2026-02-01T00:00:00Z");
  const later = new Date("2026-03-01T00:00:00Z");

  /** A project whose every source file and directory predates its build. */
  function builtProject(): string {
    const root = tempDir();
    const files = [
      "app/page.tsx",
      "app/sign-in/page.tsx",
      "components/ui/button.tsx",
      "lib/db.ts",
      "lib/generated/prisma/client.ts",
      "messages/fr.json",
      "package.json",
      "proxy.ts",
      "README.md",
    ];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), "x");
    }
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, BUILD_ID), "build");
    const all = [...files, "app/sign-in", "app", "components/ui", "components", "lib/generated/prisma", "lib/generated", "lib", "messages"];
    for (const entry of all) utimesSync(path.join(root, entry), past, past);
    utimesSync(path.join(root, BUILD_ID), buildTime, buildTime);
    return root;
  }

  it("builds when there is no build", () => {
    const root = builtProject();
    rmSync(path.join(root, BUILD_ID));
    expect(decideBuild(root)).toMatchObject({ stale: true });
  });

  it("does not build when every source is older than the build", () => {
    expect(decideBuild(builtProject())).toEqual({ stale: false });
  });

  it("builds when a nested source file changed after the build", () => {
    const root = builtProject();
    utimesSync(path.join(root, "app/sign-in/page.tsx"), later, later);
    const decision = decideBuild(root);
    expect(decision).toMatchObject({ stale: true });
    expect(decision.stale && decision.reason).toContain("app/sign-in/page.tsx");
  });

  it("builds when a top-level source file changed (package.json, proxy.ts)", () => {
    for (const file of ["package.json", "proxy.ts"]) {
      const root = builtProject();
      utimesSync(path.join(root, file), later, later);
      expect(decideBuild(root)).toMatchObject({ stale: true });
    }
  });

  it("builds when a source file was deleted (its directory changed)", () => {
    const root = builtProject();
    rmSync(path.join(root, "components/ui/button.tsx"));
    expect(decideBuild(root)).toMatchObject({ stale: true });
  });

  it("ignores the generated Prisma client and files outside the sources", () => {
    const root = builtProject();
    utimesSync(path.join(root, "lib/generated/prisma/client.ts"), later, later);
    utimesSync(path.join(root, "lib/generated/prisma"), later, later);
    utimesSync(path.join(root, "README.md"), later, later);
    expect(decideBuild(root)).toEqual({ stale: false });
  });

  it("gives the build neither the database nor the session secret", () => {
    const env = buildEnv({ DATABASE_URL: "postgresql://x", NEXTAUTH_SECRET: "y".repeat(40), PATH: "/bin", NODE_ENV: "test" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.NEXT_TELEMETRY_DISABLED).toBe("1");
    expect(env.PATH).toBe("/bin");
  });
});

describe("embedded database across a stop and a restart", () => {
  it("with HALTE_FIRST_RUN=demo, seeds on the first start only and keeps a committed row", async () => {
    const dataDir = path.join(tempDir(), "pglite");
    const port = await claimPort(0);
    const log = () => {};

    const first = await prepareEmbeddedDatabase({ pgliteDir: dataDir, port, log, demo: true });
    let written: string;
    try {
      expect(first.seeded).toBe(true);
      expect(first.signIns.map((s) => s.username)).toEqual(["coordo", "accueil", "sante", "pair"]);
      // Written the way the app writes: through a pool of one connection.
      const prisma = createPrismaClient(first.url);
      try {
        const row = await prisma.auditEvent.create({ data: { action: "test.durability", outcome: "SUCCESS" } });
        written = row.id.toString();
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await first.stop();
    }

    const second = await prepareEmbeddedDatabase({ pgliteDir: dataDir, port, log, demo: true });
    try {
      expect(second.seeded).toBe(false);
      expect(second.setupCode).toBeNull();
      const prisma = createPrismaClient(second.url);
      try {
        const rows = await prisma.auditEvent.findMany({ where: { action: "test.durability" }, select: { id: true } });
        expect(rows.map((r) => r.id.toString())).toEqual([written]);
        expect(await prisma.user.count()).toBe(5);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await second.stop();
    }
  });
});

describe("embedded database on a first run without the demo", () => {
  it("adds nothing, prints a set-up code, and a new code at each start voids the last one", async () => {
    const dataDir = path.join(tempDir(), "pglite");
    const port = await claimPort(0);
    const log = () => {};
    const { setupCodeMatches, storedSetupCode } = await import("../../lib/setup/setup-code.ts");

    const first = await prepareEmbeddedDatabase({ pgliteDir: dataDir, port, log });
    let firstCode: string;
    try {
      expect(first.seeded).toBe(false);
      expect(first.signIns).toEqual([]);
      expect(first.setupCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      firstCode = first.setupCode!;
      const prisma = createPrismaClient(first.url);
      try {
        expect(await prisma.user.count()).toBe(0);
        expect(await prisma.participant.count()).toBe(0);
        expect(await prisma.visit.count()).toBe(0);
        // Only the hash is kept.
        const stored = await storedSetupCode(prisma);
        expect(JSON.stringify(stored)).not.toContain(firstCode.replace(/-/g, ""));
        expect(setupCodeMatches(stored!, firstCode.toLowerCase())).toBe(true);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await first.stop();
    }

    const second = await prepareEmbeddedDatabase({ pgliteDir: dataDir, port, log });
    try {
      expect(second.setupCode).not.toBeNull();
      expect(second.setupCode).not.toBe(firstCode);
      const prisma = createPrismaClient(second.url);
      try {
        const stored = await storedSetupCode(prisma);
        expect(setupCodeMatches(stored!, firstCode)).toBe(false);
        expect(setupCodeMatches(stored!, second.setupCode!)).toBe(true);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await second.stop();
    }
  });
});
