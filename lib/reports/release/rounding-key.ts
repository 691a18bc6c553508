import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The centre's rounding key: RELEASE_ROUNDING_KEY when set, otherwise derived from
 * NEXTAUTH_SECRET (one-way, under its own label, so the sign-in secret is not used as is).
 * It must stay the same from one year to the next: a new key draws every cell again, and two
 * draws of one cell side by side narrow it down. A centre that may rotate NEXTAUTH_SECRET sets
 * RELEASE_ROUNDING_KEY before its first release and keeps it (README, "Reports that leave the centre").
 */
export function releaseRoundingKey(): Buffer {
  const { RELEASE_ROUNDING_KEY, NEXTAUTH_SECRET } = env();
  return deriveRoundingKey(RELEASE_ROUNDING_KEY, NEXTAUTH_SECRET);
}

export function deriveRoundingKey(explicit: string | undefined, secret: string): Buffer {
  return explicit ? Buffer.from(explicit, "utf8") : createHmac("sha256", secret).update("halte release rounding v1").digest();
}
