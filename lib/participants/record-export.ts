import "server-only";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { NotFoundError } from "@/lib/errors";
import { now as clockNow } from "@/lib/clock";
import { participantProfile, type Profile } from "@/lib/participants/profile";

/**
 * One participant's whole record, for portability (Law 25): exactly what the exporting role's
 * profile page shows, every row of it, in sections. It is read through the profile itself
 * (participantProfile with purpose "export"), so a field the page withholds from a role (the
 * health team sees no demographics, staff no dollar amounts) cannot reach that role's file.
 * The export's audit row commits with the read, before anything is returned.
 */
export async function participantRecord(session: SessionUser, participantId: string, options: { how: "json" | "page"; today: string }) {
  requirePermission(session, "participants:export");
  const profile = await participantProfile(session, participantId, options.today, { purpose: "export", how: options.how });
  if (!profile) throw new NotFoundError();
  return { exportedAt: clockNow().toISOString(), ...recordSections(profile) };
}

export type ParticipantRecord = Awaited<ReturnType<typeof participantRecord>>;

/**
 * The profile regrouped as the record's sections, without the database's ids (they mean nothing
 * to the person and are not on the page) nor the page's display settings.
 */
export function recordSections(profile: Profile) {
  const { details, display: _display, visits, referrals, medicalReferrals, clinic, volunteer, workshops, violenceReports, ...identity } = profile;
  const { intakes = null, restrictions = null, merges = null, ...demographics } = details ?? {};
  return withoutIds({
    participant: { ...identity, ...demographics },
    visits,
    intakes,
    restrictions,
    merges,
    referrals,
    medicalReferrals,
    clinic,
    volunteer,
    workshops,
    violenceReports,
  });
}

/** A deep copy with every `id` and `…Id` key left out. Dates stay dates (JSON writes them as ISO text). */
function withoutIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIds) as T;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "id" && !/[a-z]Id$/.test(key)).map(([key, inner]) => [key, withoutIds(inner)])) as T;
}
