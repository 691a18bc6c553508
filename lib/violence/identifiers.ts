import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

// Licence plates and phone numbers are compared, never kept: normalised, then hashed with a key
// (HMAC-SHA-256). Without the key a hash cannot be reversed by trying every plate; with the same
// key, two organisations can compare lists without showing each other anything else.

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

function matchKey(): string {
  const configured = env().AGGRESSOR_MATCH_KEY;
  if (configured) return configured;
  return createHmac("sha256", env().NEXTAUTH_SECRET).update("halte aggressor match key v1").digest("hex");
}

export function keyedHash(kind: "plate" | "phone", normalized: string): string {
  return createHmac("sha256", matchKey()).update(`${kind}:${normalized}`).digest("hex");
}

/** The last characters only, enough for staff to recognise a plate on the alert sheet. */
export function hintOf(normalized: string): string {
  return normalized.slice(-3);
}
