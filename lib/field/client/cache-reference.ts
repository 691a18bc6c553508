// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
// When a field role lands on the home page (right after signing in, or after choosing a new
// password), the field forms' lists are kept on the device (DESIGN.md §4.8: venues, catalogue,
// vaccines, partners, never a participant), so a field form opens offline even if it was never
// opened online. Browser only; loaded on demand (components/field/keep-field-lists.tsx), so the
// home page's own script stays as it was.
import { saveReference, storedReference } from "@/lib/field/client/store";
import type { FieldReference } from "@/lib/field/reference";

/** Lists younger than this, of the same account, are not fetched again on every visit home. */
export const REFERENCE_FRESH_MS = 30 * 60 * 1000;

/** The lists the server gives this account, kept when it has a field form; null otherwise. */
export async function cacheFieldReference(): Promise<FieldReference | null> {
  try {
    const response = await fetch("/api/field/reference", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return null;
    const reference = (await response.json()) as FieldReference;
    // A role with no field form keeps nothing on the device.
    if (!reference.outreach && !reference.clinic) return null;
    await saveReference(reference);
    return reference;
  } catch {
    return null;
  }
}

/** Fetches the lists unless this account's are on the device and fresh (a sign-out erases them). */
export async function keepFieldReference(userId: string, now: number): Promise<FieldReference | null> {
  const kept = await storedReference().catch(() => null);
  if (kept && kept.userId === userId && now - kept.fetchedAt < REFERENCE_FRESH_MS) return kept;
  return cacheFieldReference();
}
