// The data directory holds every record of the centre and the session secret: it is created
// before PGlite opens it (PGlite expects its parent to exist) and readable by its owner only.
import { chmodSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { ExpectedFailure } from "./expected-failure.ts";

export function ensureDataDir(dataDir: string): { pgliteDir: string } {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR" || code === "EACCES" || code === "EROFS") {
      throw new ExpectedFailure(
        `Cannot use ${dataDir} as the data directory (${code}): check HALTE_DATA_DIR / ` +
          `Impossible d'utiliser ${dataDir} comme dossier de données (${code}) : vérifiez HALTE_DATA_DIR`,
      );
    }
    throw error;
  }
  // mkdir's mode does not apply to a directory that already existed.
  chmodSync(dataDir, 0o700);
  const pgliteDir = path.join(dataDir, "pglite");
  mkdirSync(pgliteDir, { recursive: true, mode: 0o700 });
  return { pgliteDir };
}
