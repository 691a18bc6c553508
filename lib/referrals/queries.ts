import "server-only";
import { prisma } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import type { Accompaniment, EmploymentOutcome, ReferralDomain, ReferralStatus } from "@/lib/generated/prisma/enums";

const OPEN_STATUSES = ["SUGGESTED", "REFERRED", "NOT_CONNECTED"] as const;

export type ReferralRow = {
  id: string;
  participant: { id: string; code: string; alias: string };
  domain: ReferralDomain;
  partner: string | null;
  referredOn: string;
  followUpOn: string | null;
  status: ReferralStatus;
  accompaniment: Accompaniment;
  employmentOutcome: EmploymentOutcome | null;
  note: string | null;
  staff: string | null;
  medical: boolean;
};

const referralSelect = {
  id: true,
  domain: true,
  referredOn: true,
  followUpOn: true,
  status: true,
  accompaniment: true,
  employmentOutcome: true,
  note: true,
  staffId: true,
  medical: true,
  partner: { select: { name: true } },
  participant: { select: { id: true, code: true, alias: true } },
} as const;

type Selected = {
  id: string;
  domain: ReferralDomain;
  referredOn: Date;
  followUpOn: Date | null;
  status: ReferralStatus;
  accompaniment: Accompaniment;
  employmentOutcome: EmploymentOutcome | null;
  note: string | null;
  staffId: string | null;
  medical: boolean;
  partner: { name: string } | null;
  participant: { id: string; code: string; alias: string };
};

async function toRows(rows: Selected[]): Promise<ReferralRow[]> {
  const staffIds = [...new Set(rows.map((row) => row.staffId).filter((id): id is string => Boolean(id)))];
  const staff = new Map((await prisma.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, displayName: true } })).map((user) => [user.id, user.displayName]));
  return rows.map((row) => ({
    id: row.id,
    participant: row.participant,
    domain: row.domain,
    partner: row.partner?.name ?? null,
    referredOn: isoDate(row.referredOn),
    followUpOn: row.followUpOn ? isoDate(row.followUpOn) : null,
    status: row.status,
    accompaniment: row.accompaniment,
    employmentOutcome: row.employmentOutcome,
    note: row.note,
    staff: row.staffId ? (staff.get(row.staffId) ?? null) : null,
    medical: row.medical,
  }));
}

/** A participant's referrals; the read is an audit row. Medical ones only for those who may see them. */
export async function referralsOf(session: SessionUser, participantId: string): Promise<ReferralRow[]> {
  requirePermission(session, "referrals:read");
  const rows = await prisma.referral.findMany({
    where: { participantId, ...(can(session.role, "referrals:medical") ? {} : { medical: false }) },
    select: referralSelect,
    orderBy: { referredOn: "desc" },
  });
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "referrals.read", entity: "Participant", entityId: participantId, outcome: "SUCCESS" });
  return toRows(rows);
}

/** A participant's medical referrals, for the health team that follows them; an audited read. */
export async function medicalReferralsOf(session: SessionUser, participantId: string): Promise<ReferralRow[]> {
  requirePermission(session, "referrals:medical");
  const rows = await prisma.referral.findMany({ where: { participantId, medical: true }, select: referralSelect, orderBy: { referredOn: "desc" } });
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "referrals.read-medical", entity: "Participant", entityId: participantId, outcome: "SUCCESS" });
  return toRows(rows);
}

/** Open referrals whose follow-up date has come: the person's own, or everyone's. An audited read. */
export async function followUpsDue(session: SessionUser, options: { today: string; mine: boolean }): Promise<ReferralRow[]> {
  const rows = await followUpsDueUnaudited(session, options);
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "referrals.worklist", outcome: "SUCCESS", detail: options.mine ? "mine" : "all" });
  return rows;
}

/**
 * The same read without its audit row, for a caller that writes its own: the home page
 * (lib/home/shift-summary.ts) writes one "home.read" row for everything a landing shows.
 */
export async function followUpsDueUnaudited(session: SessionUser, options: { today: string; mine: boolean }): Promise<ReferralRow[]> {
  requirePermission(session, "referrals:read");
  const rows = await prisma.referral.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      followUpOn: { lte: dateOnly(options.today) },
      medical: false,
      ...(options.mine ? { staffId: session.userId } : {}),
    },
    select: referralSelect,
    orderBy: [{ followUpOn: "asc" }, { referredOn: "asc" }],
    take: 500,
  });
  return toRows(rows);
}

/** Tonight's list: which of these people have a follow-up due. Nothing for roles without referrals. */
export async function followUpDueAmong(session: SessionUser, participantIds: string[], today: string): Promise<Set<string>> {
  if (!can(session.role, "referrals:read") || participantIds.length === 0) return new Set();
  const rows = await prisma.referral.findMany({
    where: { participantId: { in: participantIds }, status: { in: [...OPEN_STATUSES] }, followUpOn: { lte: dateOnly(today) }, medical: false },
    select: { participantId: true },
    distinct: ["participantId"],
  });
  return new Set(rows.map((row) => row.participantId));
}
