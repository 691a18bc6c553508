import "server-only";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { createReferral, updateReferral } from "@/lib/referrals/commands";
import { newReferralSchema, updateReferralSchema } from "@/lib/referrals/schemas";

export const createReferralAction = {
  name: "referrals.create",
  idempotent: true,
  entity: "Referral",
  permission: "referrals:write",
  schema: newReferralSchema,
  run: async ({ tx, session, input }) => {
    const referralId = await createReferral(tx, session, input);
    return { data: { referralId }, entityId: referralId, messageKey: "referrals.created" };
  },
} satisfies ActionDefinition<typeof newReferralSchema, { referralId: string }>;

export const updateReferralAction = {
  name: "referrals.update",
  entity: "Referral",
  permission: "referrals:write",
  schema: updateReferralSchema,
  run: async ({ tx, session, input }) => {
    const referralId = await updateReferral(tx, session, input);
    return { data: { referralId }, entityId: referralId, messageKey: "referrals.saved" };
  },
} satisfies ActionDefinition<typeof updateReferralSchema, { referralId: string }>;

/** The health team follows its medical referrals (from clinic encounters) through the same workflow. */
export const updateMedicalReferralAction = {
  name: "referrals.update-medical",
  entity: "Referral",
  permission: "referrals:medical",
  schema: updateReferralSchema,
  run: async ({ tx, session, input }) => {
    const referralId = await updateReferral(tx, session, input, "medical");
    return { data: { referralId }, entityId: referralId, messageKey: "referrals.saved" };
  },
} satisfies ActionDefinition<typeof updateReferralSchema, { referralId: string }>;
