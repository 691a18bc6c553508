import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/stock/ledger";
import { addOutreachContact, addOutreachSupply, createOutreachShift } from "@/lib/programs/outreach";
import { createSession, recordEncounter } from "@/lib/clinic/commands";
import { FIELD_SYNC_LIMIT_MS, type fieldClinicSessionSchema, type fieldShiftSchema } from "@/lib/field/schemas";

// A queued entry replays the same commands as the desk's forms, in one transaction: the server's
// rules (a retired venue, an empty shelf, a dose outside its schedule) refuse the whole entry,
// and the device keeps it for the worker to correct or discard.

/** Older than the sync limit (or from a clock far ahead): refused, the worker decides what to do. */
function assertFresh(recordedAt: number, now: Date) {
  const age = now.getTime() - recordedAt;
  if (age > FIELD_SYNC_LIMIT_MS) throw new DomainError("field.errors.tooOld", { recordedAt: "field.errors.tooOld" });
  if (age < -10 * 60 * 1000) throw new DomainError("field.errors.clockAhead", { recordedAt: "field.errors.clockAhead" });
}

export async function recordFieldShift(
  tx: Tx,
  session: SessionUser,
  input: z.output<typeof fieldShiftSchema>,
  context: { now: Date; locale: Locale; timeZone: string },
): Promise<{ shiftId: string; venues: number; supplies: number }> {
  assertFresh(input.recordedAt, context.now);
  // The worker who recorded it was on the shift; colleagues are added at the desk afterwards.
  const shiftId = await createOutreachShift(tx, session, { date: input.date, startTime: input.startTime, endTime: input.endTime, note: input.note, staffIds: [session.userId] });
  let supplies = 0;
  for (const visit of input.visits) {
    const { supplies: handedOut, ...counts } = visit;
    const contactId = await addOutreachContact(tx, { shiftId, ...counts });
    for (const supply of handedOut) {
      await addOutreachSupply(tx, session, { contactId, ...supply }, context.locale, context.timeZone);
      supplies += 1;
    }
  }
  return { shiftId, venues: input.visits.length, supplies };
}

export async function recordFieldClinicSession(
  tx: Tx,
  session: SessionUser,
  input: z.output<typeof fieldClinicSessionSchema>,
  context: { now: Date; locale: Locale; timeZone: string },
): Promise<{ sessionId: string; encounters: number }> {
  assertFresh(input.recordedAt, context.now);
  const sessionId = await createSession(tx, session, { type: "PARTNER_VACCINATION", date: input.date, partnerId: input.partnerId, clinicianIds: [], notes: null }, context.now, context.timeZone);
  for (const encounter of input.encounters) {
    await recordEncounter(
      tx,
      session,
      { sessionId, participantId: null, tests: encounter.tests, vaccinations: encounter.vaccinations, otherVaccine: null, care: [], supplies: encounter.supplies, referralPartnerId: null, notes: null },
      context.now,
      context.timeZone,
      context.locale,
    );
  }
  return { sessionId, encounters: input.encounters.length };
}
