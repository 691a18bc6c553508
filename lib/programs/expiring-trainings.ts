import "server-only";
import { prisma } from "@/lib/db";
// Trainings that run out soon (or just ran out), for the shift's home page: a volunteer whose
// naloxone training lapses cannot carry the kit on the next patrol. A training renewed since
// (a later one of the same kind that lasts longer, or never expires) is not listed.
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { addDays, isoDate } from "@/lib/nights/local-date";
import type { TrainingKind } from "@/lib/generated/prisma/enums";

/** How far ahead (and back) the home page looks: a month is time enough to book a session. */
export const TRAINING_WINDOW_DAYS = 30;

export type ExpiringTraining = { volunteerId: string; alias: string; kind: TrainingKind; label: string | null; expiresOn: string; expired: boolean };

export async function expiringTrainings(session: SessionUser, today: string): Promise<ExpiringTraining[]> {
  requirePermission(session, "programs:read");
  // Active volunteers are a few dozen at most: their trainings are read whole and grouped here.
  const trainings = await prisma.volunteerTraining.findMany({
    where: { volunteer: { active: true } },
    select: { volunteerId: true, kind: true, label: true, expiresOn: true, volunteer: { select: { participant: { select: { alias: true } } } } },
  });
  // The latest expiry per volunteer and training (null: one that never expires).
  const latest = new Map<string, { row: (typeof trainings)[number]; expiresOn: string | null }>();
  for (const row of trainings) {
    const key = `${row.volunteerId}:${row.kind}:${row.label ?? ""}`;
    const expiresOn = row.expiresOn ? isoDate(row.expiresOn) : null;
    const seen = latest.get(key);
    if (!seen || (seen.expiresOn !== null && (expiresOn === null || expiresOn > seen.expiresOn))) latest.set(key, { row, expiresOn });
  }
  const from = addDays(today, -TRAINING_WINDOW_DAYS);
  const to = addDays(today, TRAINING_WINDOW_DAYS);
  return [...latest.values()]
    .filter((entry): entry is { row: (typeof trainings)[number]; expiresOn: string } => entry.expiresOn !== null && entry.expiresOn >= from && entry.expiresOn <= to)
    .map(({ row, expiresOn }) => ({ volunteerId: row.volunteerId, alias: row.volunteer.participant.alias, kind: row.kind, label: row.label, expiresOn, expired: expiresOn < today }))
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.alias.localeCompare(b.alias, "fr"));
}
