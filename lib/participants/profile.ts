import "server-only";
import { prisma } from "@/lib/db";
import { can, requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { isoDate } from "@/lib/nights/local-date";
import { profileSections, type ProfileSections, type SectionDisplay } from "@/lib/participants/profile-sections";
import type { ConsentScope, HousingSituation, ImmediateNeed, LongTermNeed, ServiceKind } from "@/lib/generated/prisma/enums";

export type ProfileVisit = {
  id: string;
  date: string;
  checkedInAt: Date;
  checkedOutAt: Date | null;
  services: ServiceKind[];
  /** `overrideReason`: why a limit was passed, for the roles that read needs (absent for HEALTH). */
  items: { nameFr: string; nameEn: string; size: string | null; quantity: number; overrideReason?: string | null }[];
};

/** What every role allowed to open a profile sees (HEALTH: this and nothing more). */
export type ProfileBase = {
  id: string;
  code: string;
  alias: string;
  /** The code the person had in the centre's spreadsheets before Halte (imported), if any. */
  formerCode: string | null;
  /** Anonymised (Law 25): the page says so instead of offering edits. */
  anonymised: boolean;
  restricted: boolean;
  visits: ProfileVisit[];
  visitCount: number;
};

export type ProfileDetails = {
  birthYear: number | null;
  ageBand: string | null;
  genderIdentity: string | null;
  genderSelfDescribed: string | null;
  pronouns: string | null;
  preferredLanguage: string | null;
  heardFrom: string | null;
  firstVisitDate: string | null;
  lastVisitDate: string | null;
  intakes: {
    id: string;
    recordedAt: Date;
    consentScope: ConsentScope;
    consentDate: string;
    immediateNeeds: ImmediateNeed[];
    longTermNeeds: LongTermNeed[];
    housing: HousingSituation | null;
    note: string | null;
  }[];
  restrictions: { id: string; startsOn: string; endsOn: string | null; reason: string; active: boolean }[];
  /** The records merged into this one: for those who may merge (null otherwise). */
  merges: { id: string; mergedCode: string; mergedAlias: string; visitsMoved: number; intakesMoved: number; mergedAt: Date }[] | null;
};

export type Profile = ProfileBase & { details: ProfileDetails | null } & ProfileSections & { display: SectionDisplay };

/** How the record is read: for the page (recent rows, a "read" audit row) or for an export (every row, an "export" row). */
export type ProfileRead = { purpose: "page" } | { purpose: "export"; how: "json" | "page" };

/**
 * One participant's record, shaped by role (docs/roles-and-privacy.md): HEALTH gets code, alias, visits and
 * the clinic; STAFF and COORDINATOR also get the fields, intakes, restriction reasons, merges,
 * referrals and programs. Every section is the one its own domain loads (profile-sections.ts).
 * The read and its audit row commit together; an export reads the same record, whole.
 */
export async function participantProfile(session: SessionUser, participantId: string, today: string, read: ProfileRead = { purpose: "page" }): Promise<Profile | null> {
  requirePermission(session, "participants:profile");
  if (!/^[0-9a-f-]{36}$/i.test(participantId)) return null;
  const full = can(session.role, "intake:read");
  const whole = read.purpose === "export";

  const own = await prisma.$transaction(async (tx): Promise<Omit<Profile, keyof ProfileSections | "display"> | null> => {
    const participant = await tx.participant.findUnique({
      where: { id: participantId },
      select: {
        id: true,
        code: true,
        alias: true,
        formerCode: true,
        anonymisedAt: true,
        birthYear: true,
        ageBand: true,
        genderIdentity: true,
        genderSelfDescribed: true,
        pronouns: true,
        preferredLanguage: true,
        heardFrom: true,
        firstVisitDate: true,
        lastVisitDate: true,
        _count: { select: { visits: true } },
        visits: {
          orderBy: { checkedInAt: "desc" },
          take: whole ? undefined : 100,
          select: {
            id: true,
            checkedInAt: true,
            checkedOutAt: true,
            night: { select: { date: true } },
            services: { select: { kind: true } },
            distributions: { select: { size: true, quantity: true, overrideReason: full, item: { select: { nameFr: true, nameEn: true } } } },
          },
        },
        // HEALTH learns only whether a restriction is active: the reason is selected for staff alone.
        restrictions: { orderBy: { startsOn: "desc" }, select: { id: true, startsOn: true, endsOn: true, reason: full } },
      },
    });
    if (!participant) return null;
    await recordAudit(tx, {
      actorId: session.userId,
      actorRole: session.role,
      action: read.purpose === "export" ? "participants.export" : "participant.read",
      entity: "Participant",
      entityId: participant.id,
      outcome: "SUCCESS",
      ...(read.purpose === "export" ? { detail: read.how } : {}),
    });

    const todayDate = new Date(`${today}T00:00:00Z`);
    const restrictions = participant.restrictions.map((restriction) => ({
      id: restriction.id,
      startsOn: isoDate(restriction.startsOn),
      endsOn: restriction.endsOn ? isoDate(restriction.endsOn) : null,
      reason: restriction.reason ?? "",
      active: restriction.startsOn <= todayDate && (!restriction.endsOn || restriction.endsOn >= todayDate),
    }));

    const base: ProfileBase = {
      id: participant.id,
      code: participant.code,
      alias: participant.alias,
      formerCode: participant.formerCode,
      anonymised: participant.anonymisedAt !== null,
      restricted: restrictions.some((restriction) => restriction.active),
      visitCount: participant._count.visits,
      visits: participant.visits.map((visit) => ({
        id: visit.id,
        date: isoDate(visit.night.date),
        checkedInAt: visit.checkedInAt,
        checkedOutAt: visit.checkedOutAt,
        services: visit.services.map((service) => service.kind).sort(),
        items: visit.distributions.map((distribution) => ({
          ...distribution.item,
          size: distribution.size,
          quantity: distribution.quantity,
          ...(full ? { overrideReason: distribution.overrideReason ?? null } : {}),
        })),
      })),
    };
    if (!full) return { ...base, details: null };

    const [intakes, merges] = await Promise.all([
      tx.intake.findMany({
        where: { participantId },
        orderBy: { recordedAt: "desc" },
        select: { id: true, recordedAt: true, consentScope: true, consentDate: true, immediateNeeds: true, longTermNeeds: true, housing: true, note: true },
      }),
      can(session.role, "participants:merge")
        ? tx.participantMerge.findMany({
            where: { survivorId: participantId },
            orderBy: { mergedAt: "desc" },
            select: { id: true, mergedCode: true, mergedAlias: true, visitsMoved: true, intakesMoved: true, mergedAt: true },
          })
        : null,
    ]);
    return {
      ...base,
      details: {
        birthYear: participant.birthYear,
        ageBand: participant.ageBand,
        genderIdentity: participant.genderIdentity,
        genderSelfDescribed: participant.genderSelfDescribed,
        pronouns: participant.pronouns,
        preferredLanguage: participant.preferredLanguage,
        heardFrom: participant.heardFrom,
        firstVisitDate: participant.firstVisitDate ? isoDate(participant.firstVisitDate) : null,
        lastVisitDate: participant.lastVisitDate ? isoDate(participant.lastVisitDate) : null,
        intakes: intakes.map((intake) => ({ ...intake, consentDate: isoDate(intake.consentDate) })),
        restrictions,
        merges,
      },
    };
  });
  if (!own) return null;
  const { sections, display } = await profileSections(session, participantId, { today, whole });
  return { ...own, ...sections, display };
}
