import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError, NotFoundError } from "@/lib/errors";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { assertNotAnonymised } from "@/lib/participants/not-anonymised";
import { NEXT_STATUSES, type newReferralSchema, type updateReferralSchema } from "@/lib/referrals/schemas";

export async function createReferral(tx: Tx, session: SessionUser, input: z.output<typeof newReferralSchema>): Promise<string> {
  await assertNotAnonymised(tx, input.participantId);
  if (input.partnerId) {
    const partner = await tx.partnerOrganisation.findUnique({ where: { id: input.partnerId }, select: { active: true } });
    if (!partner?.active) throw new DomainError("errors.unknownPartner", { partnerId: "errors.unknownPartner" });
  }
  const referral = await tx.referral.create({
    data: {
      participantId: input.participantId,
      domain: input.domain,
      partnerId: input.partnerId,
      referredOn: dateOnly(input.referredOn),
      followUpOn: input.followUpOn ? dateOnly(input.followUpOn) : null,
      status: input.status,
      accompaniment: input.accompaniment,
      accompaniedById: input.accompaniment === "DONE" ? session.userId : null,
      staffId: session.userId,
      note: input.note,
    },
    select: { id: true },
  });
  return referral.id;
}

/**
 * Moves a referral along its workflow; a final status stays final. Case referrals and medical
 * ones (the health team's, from clinic encounters) are moved by their own action each: the other
 * kind's id is answered as if it did not exist.
 */
export async function updateReferral(tx: Tx, session: SessionUser, input: z.output<typeof updateReferralSchema>, kind: "case" | "medical" = "case"): Promise<string> {
  const referral = await tx.referral.findUnique({
    where: { id: input.referralId },
    select: { status: true, domain: true, referredOn: true, accompaniment: true, accompaniedById: true, medical: true },
  });
  if (!referral || referral.medical !== (kind === "medical")) throw new NotFoundError();
  if (!NEXT_STATUSES[referral.status].includes(input.status)) {
    throw new DomainError("errors.referralStatus", { status: "errors.referralStatus" });
  }
  if (input.followUpOn && input.followUpOn < isoDate(referral.referredOn)) {
    throw new DomainError("validation.followUpBeforeReferral", { followUpOn: "validation.followUpBeforeReferral" });
  }
  if (input.employmentOutcome && referral.domain !== "EMPLOYMENT_OR_EXIT") {
    throw new DomainError("errors.employmentOutcomeOnly", { employmentOutcome: "errors.employmentOutcomeOnly" });
  }
  await tx.referral.update({
    where: { id: input.referralId },
    data: {
      status: input.status,
      followUpOn: input.followUpOn ? dateOnly(input.followUpOn) : null,
      accompaniment: input.accompaniment,
      accompaniedById: input.accompaniment === "DONE" ? (referral.accompaniment === "DONE" ? referral.accompaniedById : session.userId) : null,
      employmentOutcome: input.employmentOutcome,
      note: input.note,
    },
  });
  return input.referralId;
}
