// Client-safe (eslint-rules/client-boundary.mjs): no server-only, no database; components may import it.
import { z } from "zod";
import { blankToNull, isoDay, optionalText } from "@/lib/validation/fields";
import { REFERRAL_DOMAINS } from "@/lib/directory/schemas";

export const REFERRAL_STATUSES = ["SUGGESTED", "REFERRED", "CONNECTED", "NOT_CONNECTED", "DECLINED"] as const;
export const ACCOMPANIMENTS = ["NONE", "OFFERED", "DONE"] as const;
export const EMPLOYMENT_OUTCOMES = ["RESUME_WRITTEN", "JOB_SEARCH", "INTERVIEW_PREPARED", "INTERVIEW_OBTAINED", "TRAINING_STARTED", "EMPLOYED", "NO_CHANGE"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Where a referral may go next; CONNECTED and DECLINED are final, NOT_CONNECTED may be tried again. */
export const NEXT_STATUSES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  SUGGESTED: ["SUGGESTED", "REFERRED", "DECLINED"],
  REFERRED: ["REFERRED", "CONNECTED", "NOT_CONNECTED", "DECLINED"],
  NOT_CONNECTED: ["NOT_CONNECTED", "REFERRED", "DECLINED"],
  CONNECTED: ["CONNECTED"],
  DECLINED: ["DECLINED"],
};

const note = optionalText(500);

export const newReferralSchema = z
  .object({
    participantId: z.uuid({ error: "errors.notFound" }),
    domain: z.enum(REFERRAL_DOMAINS, { error: "validation.choice" }),
    partnerId: z.preprocess(blankToNull, z.uuid({ error: "errors.unknownPartner" }).nullable()),
    referredOn: isoDay,
    followUpOn: z.preprocess(blankToNull, isoDay.nullable()),
    status: z.enum(["SUGGESTED", "REFERRED"], { error: "validation.choice" }).default("REFERRED"),
    accompaniment: z.enum(ACCOMPANIMENTS, { error: "validation.choice" }).default("NONE"),
    note,
  })
  .refine((value) => !value.followUpOn || value.followUpOn >= value.referredOn, { error: "validation.followUpBeforeReferral", path: ["followUpOn"] });

export const updateReferralSchema = z.object({
  referralId: z.uuid({ error: "errors.notFound" }),
  status: z.enum(REFERRAL_STATUSES, { error: "validation.choice" }),
  followUpOn: z.preprocess(blankToNull, isoDay.nullable()),
  accompaniment: z.enum(ACCOMPANIMENTS, { error: "validation.choice" }),
  employmentOutcome: z.preprocess(blankToNull, z.enum(EMPLOYMENT_OUTCOMES, { error: "validation.choice" }).nullable()),
  note,
});
