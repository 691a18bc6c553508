import "server-only";
import { env } from "@/lib/env";
import { deriveMatchKey, hashWithKey } from "@/lib/violence/keyed-hash";

// Licence plates and phone numbers are compared, never kept: normalised, then hashed with a key
// (HMAC-SHA-256). Without the key a hash cannot be reversed by trying every plate; with the same
// key, two organisations can compare lists without showing each other anything else.
export { hintOf, normalizePhone, normalizePlate } from "@/lib/violence/keyed-hash";

export function keyedHash(kind: "plate" | "phone", normalized: string): string {
  return hashWithKey(deriveMatchKey(env().AGGRESSOR_MATCH_KEY, env().NEXTAUTH_SECRET), kind, normalized);
}
