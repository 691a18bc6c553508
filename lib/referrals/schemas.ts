import { z } from "zod";
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

const NO_CONTROL = /^[^\u0000-\u001F\u007F]*$/;
const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" }).refine((value) => !Number.isNaN(Date.parse(value)), { error: "validation.date" });
const note = z.preprocess(blankToNull, z.string().trim().max(500, { error: "validation.tooLong" }).regex(NO_CONTROL, { error: "validation.controlCharacters" }).nullable());

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
