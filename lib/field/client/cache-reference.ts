// Right after a sign-in (components/auth/sign-in-form.tsx), a role that records in the field
// keeps the forms' lists on the device (DESIGN.md §4.8: venues, catalogue, vaccines, partners,
// never a participant), so a field form opens offline even if it was never opened online.
// Browser only; loaded on demand, so the sign-in page's own script stays as it was.
import { saveReference } from "@/lib/field/client/store";
import type { FieldReference } from "@/lib/field/reference";

/** The lists the server gives this account, kept when it has a field form; null otherwise. */
export async function cacheFieldReference(): Promise<FieldReference | null> {
  try {
    const response = await fetch("/api/field/reference", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return null;
    const reference = (await response.json()) as FieldReference;
    // A role with no field form (a peer worker) keeps nothing on the device.
    if (!reference.outreach && !reference.clinic) return null;
    await saveReference(reference);
    return reference;
  } catch {
    return null;
  }
}
