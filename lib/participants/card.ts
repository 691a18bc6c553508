import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { AccessDeniedError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { cardImages, type CardImages } from "@/lib/participants/card-images";

/** What the printed card holds: the code, and the alias only when the person asked for it. */
export type ParticipantCard = CardImages & { code: string; alias: string | null };

/**
 * A participant's wallet card. A reprint is the same card: the code is the person's, never
 * replaced here (a lost card is simply printed again). Each printing is an audited read; the
 * audit row names the record, never its code or alias. Null for an unknown or anonymised record
 * (an anonymised record's code identifies nobody and must not be handed out).
 */
export async function participantCard(session: SessionUser, participantId: string, options: { withAlias: boolean }): Promise<ParticipantCard | null> {
  const actor = { actorId: session.userId, actorRole: session.role, action: "participants.card", entity: "Participant", entityId: participantId };
  if (!can(session.role, "participants:card")) {
    await recordAudit(prisma, { ...actor, outcome: "DENIED", detail: "participants:card" });
    throw new AccessDeniedError("participants:card");
  }
  const participant = await prisma.participant.findFirst({
    where: { id: participantId, anonymisedAt: null },
    select: { code: true, alias: true },
  });
  if (!participant) {
    await recordAudit(prisma, { ...actor, outcome: "FAILURE", detail: "not-found" });
    return null;
  }
  await recordAudit(prisma, { ...actor, outcome: "SUCCESS", detail: options.withAlias ? "with-alias" : null });
  return { code: participant.code, alias: options.withAlias ? participant.alias : null, ...(await cardImages(participant.code)) };
}
