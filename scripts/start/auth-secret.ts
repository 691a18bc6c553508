// The embedded setup must work with no configuration, yet sessions signed with a secret that
// changes at every start would sign everyone out at every restart: the secret is generated
// once, kept beside the data it protects, readable by its owner only, and reused.
import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ExpectedFailure } from "./expected-failure.ts";

export const AUTH_SECRET_FILE = "auth-secret";
/** next-auth signs and encrypts with it; the app refuses anything shorter. */
export const MIN_SECRET_LENGTH = 32;

export type AuthSecret = { secret: string; source: "environment" | "created" | "file" };

/** External database: the secret must come from the environment, like every other production setting. */
export function requireAuthSecretFromEnv(fromEnv: string | undefined): AuthSecret {
  if (fromEnv === undefined || fromEnv === "") {
    throw new ExpectedFailure(
      `NEXTAUTH_SECRET is missing: with DATABASE_URL set, give a random secret of at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 48) / ` +
        `NEXTAUTH_SECRET manque : avec DATABASE_URL, fournissez un secret aléatoire d'au moins ${MIN_SECRET_LENGTH} caractères (openssl rand -base64 48)`,
    );
  }
  return checkedEnvSecret(fromEnv);
}

export function loadOrCreateAuthSecret(dataDir: string, fromEnv: string | undefined): AuthSecret {
  if (fromEnv !== undefined && fromEnv !== "") return checkedEnvSecret(fromEnv);

  const file = path.join(dataDir, AUTH_SECRET_FILE);
  const existing = readIfExists(file);
  if (existing !== undefined) {
    const secret = existing.trim();
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ExpectedFailure(
        `${file} holds fewer than ${MIN_SECRET_LENGTH} characters: delete it to generate a new one (everyone will sign in again) / ` +
          `${file} contient moins de ${MIN_SECRET_LENGTH} caractères : supprimez-le pour en générer un nouveau (tout le monde devra se reconnecter)`,
      );
    }
    // Someone may have copied the directory with looser permissions.
    chmodSync(file, 0o600);
    return { secret, source: "file" };
  }

  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": two starts racing on a new directory must not each write their own secret.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return loadOrCreateAuthSecret(dataDir, undefined);
    throw error;
  }
  return { secret, source: "created" };
}

function checkedEnvSecret(secret: string): AuthSecret {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ExpectedFailure(
      `NEXTAUTH_SECRET is shorter than ${MIN_SECRET_LENGTH} characters / NEXTAUTH_SECRET fait moins de ${MIN_SECRET_LENGTH} caractères`,
    );
  }
  return { secret, source: "environment" };
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
