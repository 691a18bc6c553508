import "server-only";
import type { PrismaClient, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { generateCode } from "@/lib/participants/code";

/** What an anonymised record shows where the alias was. */
export const ANONYMISED_ALIAS = "—";

/**
 * Erasure under Quebec's Law 25 without breaking the centre's figures: the record stays (so every
 * visit, service, encounter and attendance still counts) but nothing in it or linked to it can
 * identify the person any more. The alias and every optional detail go; the code is replaced by
 * a fresh one nobody knows, and the old code (and any merged one) stops finding anything; every
 * free text written about the person is emptied; links that point at them from elsewhere (a
 * bad-date report they made, a peer account tied to their volunteer record) are broken.
 * Returns false when the record was already anonymised.
 */
export async function anonymiseParticipant(tx: Tx, participantId: string, now: Date): Promise<boolean> {
  const participant = await tx.participant.findUnique({ where: { id: participantId }, select: { id: true, anonymisedAt: true } });
  if (!participant) throw new NotFoundError();
  if (participant.anonymisedAt) return false;

  await tx.participant.update({
    where: { id: participantId },
    data: {
      code: await freshCode(tx),
      alias: ANONYMISED_ALIAS,
      aliasSearch: "",
      birthYear: null,
      ageBand: null,
      genderIdentity: null,
      genderSelfDescribed: null,
      pronouns: null,
      preferredLanguage: null,
      heardFrom: null,
      anonymisedAt: now,
    },
  });
  await tx.participantSearchTerm.deleteMany({ where: { participantId } });
  for (const merge of await tx.participantMerge.findMany({ where: { survivorId: participantId }, select: { id: true } })) {
    await tx.participantMerge.update({ where: { id: merge.id }, data: { mergedCode: await freshCode(tx), mergedAlias: ANONYMISED_ALIAS } });
  }
  await tx.intake.updateMany({ where: { participantId }, data: { note: null } });
  await tx.restriction.updateMany({ where: { participantId }, data: { reason: "" } });
  await tx.referral.updateMany({ where: { participantId }, data: { note: null } });
  await tx.violenceReport.updateMany({ where: { reporterId: participantId }, data: { reporterId: null } });
  await tx.clinicEncounter.updateMany({ where: { participantId }, data: { notes: null } });
  const volunteer = await tx.volunteer.findUnique({ where: { participantId }, select: { id: true } });
  if (volunteer) {
    await tx.user.updateMany({ where: { volunteerId: volunteer.id }, data: { volunteerId: null } });
    await tx.volunteerShift.updateMany({ where: { volunteerId: volunteer.id }, data: { note: null } });
    await tx.volunteerTierChange.updateMany({ where: { volunteerId: volunteer.id }, data: { note: null } });
  }
  return true;
}

/** A code no record and no merge has ever had. */
async function freshCode(tx: Tx | PrismaClient): Promise<string> {
  for (;;) {
    const code = generateCode();
    const [taken, merged] = await Promise.all([
      tx.participant.count({ where: { code } }),
      tx.participantMerge.count({ where: { mergedCode: code } }),
    ]);
    if (taken === 0 && merged === 0) return code;
  }
}
