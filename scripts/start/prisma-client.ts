// The generated Prisma client is git-ignored; `npm install` makes it (postinstall), but a
// clone whose install skipped scripts, or a changed schema, needs it made again before the
// seed and the build import it.
import { statSync } from "node:fs";
import path from "node:path";
import { runToCompletion } from "./child-process.ts";
import { ExpectedFailure } from "./expected-failure.ts";

const CLIENT = path.join("lib", "generated", "prisma", "client.ts");
const SCHEMA = path.join("prisma", "schema.prisma");

export function prismaClientIsStale(rootDir: string): boolean {
  const client = mtimeOf(path.join(rootDir, CLIENT));
  if (client === undefined) return true;
  const schema = mtimeOf(path.join(rootDir, SCHEMA));
  return schema !== undefined && schema > client;
}

export async function generatePrismaClientIfNeeded(
  rootDir: string,
  options: { env: NodeJS.ProcessEnv; signal: AbortSignal; log: (line: string) => void },
): Promise<void> {
  if (!prismaClientIsStale(rootDir)) return;
  options.log("Generating the Prisma client / Génération du client Prisma");
  const exit = await runToCompletion(process.execPath, [path.join(rootDir, "scripts", "prisma.mjs"), "generate"], {
    cwd: rootDir,
    env: options.env,
    signal: options.signal,
  });
  if (exit.code !== 0) {
    throw new ExpectedFailure("prisma generate failed (see above) / prisma generate a échoué (voir ci-dessus)");
  }
}

function mtimeOf(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
