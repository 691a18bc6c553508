import "server-only";
// The pure half of lib/violence/identifiers.ts, usable by the demo seed: normalisation and the
// keyed hash, given the key. The app always goes through identifiers.ts, which holds the key.
import { createHmac } from "node:crypto";

/** "abc 123", "ABC-123" → "ABC123"; null when nothing usable is left. */
export function normalizePlate(input: string): string | null {
  const value = input.normalize("NFD").replace(/\p{M}+/gu, "").toUpperCase().replace(/[^A-Z0-9]/g, "");
  return value.length >= 2 && value.length <= 10 ? value : null;
}

/** "+1 (514) 555-0100", "514.555.0100" → "5145550100"; null when it cannot be a phone number. */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/** Without an agreed shared key, each installation derives its own from its session secret. */
export function deriveMatchKey(configured: string | undefined, sessionSecret: string): string {
  return configured ?? createHmac("sha256", sessionSecret).update("halte aggressor match key v1").digest("hex");
}

export function hashWithKey(key: string, kind: "plate" | "phone", normalized: string): string {
  return createHmac("sha256", key).update(`${kind}:${normalized}`).digest("hex");
}

/** The last characters only, enough for staff to recognise a plate on the alert sheet. */
export function hintOf(normalized: string): string {
  return normalized.slice(-3);
}
