import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { AccessDeniedError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { isoDate } from "@/lib/nights/local-date";
import { now as clockNow } from "@/lib/clock";

/**
 * One participant's whole record, for portability (Law 25): what the centre holds about the
 * person, in sections, each included only when the role exporting may read it (a coordinator
 * exports everything but health data; the health team exports the identity, visits and the
 * clinic's records). The export is an audit row written before anything is returned.
 */
export async function participantRecord(session: SessionUser, participantId: string, options: { how: "json" | "page" }) {
  if (!can(session.role, "participants:export")) throw new AccessDeniedError("participants:export");
  const may = (permission: Parameters<typeof can>[1]) => can(session.role, permission);
  const participant = await prisma.participant.findUnique({
    where: { id: participantId },
    select: {
      id: true, code: true, alias: true, birthYear: true, ageBand: true, genderIdentity: true, genderSelfDescribed: true,
      pronouns: true, preferredLanguage: true, heardFrom: true, formerCode: true, firstVisitDate: true, lastVisitDate: true, createdAt: true, anonymisedAt: true,
    },
  });
  if (!participant) throw new NotFoundError();
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "participants.export", entity: "Participant", entityId: participantId, outcome: "SUCCESS", detail: options.how });

  const day = (date: Date | null) => (date ? isoDate(date) : null);
  const [intakes, visits, restrictions, referrals, violence, volunteer, workshops, clinic] = await Promise.all([
    may("intake:read")
      ? prisma.intake.findMany({ where: { participantId }, orderBy: { recordedAt: "asc" }, omit: { participantId: true, recordedById: true } })
      : null,
    may("visits:read")
      ? prisma.visit.findMany({
          where: { participantId },
          orderBy: { checkedInAt: "asc" },
          select: {
            night: { select: { date: true } },
            checkedInAt: true,
            checkedOutAt: true,
            services: { select: { kind: true } },
            distributions: { select: { quantity: true, size: true, item: { select: { nameFr: true, nameEn: true } } } },
          },
        })
      : null,
    may("participants:profile")
      ? prisma.restriction.findMany({
          where: { participantId },
          orderBy: { startsOn: "asc" },
          select: { startsOn: true, endsOn: true, reason: may("restrictions:manage") },
        })
      : null,
    may("referrals:read") || may("referrals:medical")
      ? prisma.referral.findMany({
          where: { participantId, ...(may("referrals:read") ? {} : { medical: true }), ...(may("referrals:medical") ? {} : { medical: false }) },
          orderBy: { referredOn: "asc" },
          select: { domain: true, referredOn: true, followUpOn: true, status: true, accompaniment: true, employmentOutcome: true, note: true, medical: true, partner: { select: { name: true } } },
        })
      : null,
    may("violence:read")
      ? prisma.violenceReport.findMany({ where: { reporterId: participantId }, orderBy: { occurredOn: "asc" }, select: { occurredOn: true, area: true, types: true, consentToShare: true } })
      : null,
    may("programs:read")
      ? prisma.volunteer.findUnique({
          where: { participantId },
          select: {
            consentOn: true, tier: true, active: true,
            tierChanges: { orderBy: { changedOn: "asc" }, select: { tier: true, changedOn: true } },
            trainings: { select: { kind: true, takenOn: true, expiresOn: true } },
            shifts: { orderBy: { date: "asc" }, select: { date: true, activity: true, minutes: true, honorariumCents: true } },
          },
        })
      : null,
    may("programs:read")
      ? prisma.workshopAttendance.findMany({ where: { participantId }, select: { workshop: { select: { titleFr: true, titleEn: true, startsAt: true } } } })
      : null,
    may("clinic:read")
      ? prisma.clinicEncounter.findMany({
          where: { participantId },
          orderBy: { occurredAt: "asc" },
          select: {
            occurredAt: true, notes: true, otherVaccine: true, care: true,
            session: { select: { type: true, date: true } },
            tests: { select: { kind: true, method: true, resultGiven: true, result: true } },
            vaccinations: { select: { dose: true, vaccine: { select: { nameFr: true, nameEn: true } } } },
          },
        })
      : null,
  ]);

  return {
    exportedAt: clockNow().toISOString(),
    participant: {
      ...participant,
      firstVisitDate: day(participant.firstVisitDate),
      lastVisitDate: day(participant.lastVisitDate),
    },
    intakes,
    visits: visits?.map((visit) => ({
      night: day(visit.night.date),
      checkedInAt: visit.checkedInAt,
      checkedOutAt: visit.checkedOutAt,
      services: visit.services.map((service) => service.kind),
      items: visit.distributions.map((item) => ({ item: item.item.nameFr, itemEn: item.item.nameEn, size: item.size, quantity: item.quantity })),
    })) ?? null,
    restrictions: restrictions?.map((row) => ({ ...row, startsOn: day(row.startsOn), endsOn: day(row.endsOn) })) ?? null,
    referrals: referrals?.map((row) => ({ ...row, partner: row.partner?.name ?? null, referredOn: day(row.referredOn), followUpOn: day(row.followUpOn) })) ?? null,
    violenceReports: violence?.map((row) => ({ ...row, occurredOn: day(row.occurredOn) })) ?? null,
    volunteer,
    workshops: workshops?.map((row) => row.workshop) ?? null,
    clinic,
  };
}

export type ParticipantRecord = Awaited<ReturnType<typeof participantRecord>>;
