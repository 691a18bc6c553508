import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { isoDate } from "@/lib/nights/local-date";
import { referralsOf, medicalReferralsOf, type ReferralRow } from "@/lib/referrals/queries";
import { clinicHistoryOf, type DueItem, type EncounterRow } from "@/lib/clinic/queries";
import { volunteerDetail, type VolunteerDetail } from "@/lib/programs/volunteers";
import type { ViolenceType } from "@/lib/generated/prisma/enums";

/**
 * The parts of a person's record that other domains keep (referrals, the clinic, the volunteer
 * file, workshops, violence reports), each loaded only for a role that may read it. The profile
 * page renders exactly these, and the role's export holds exactly these (record-export.ts), so
 * the two cannot drift apart: what a role reads on the page is what it can take away.
 */
export type CaseReferral = Omit<ReferralRow, "participant">;
/** What the health team's profile shows of a medical referral (no case worker, no outcome). */
export type MedicalReferral = Pick<ReferralRow, "id" | "domain" | "partner" | "referredOn" | "followUpOn" | "status" | "accompaniment" | "note">;
export type ClinicEncounterEntry = Omit<EncounterRow, "participant">;
export type VolunteerFile = Omit<VolunteerDetail, "id" | "code" | "alias" | "accountId">;
export type WorkshopEntry = { titleFr: string; titleEn: string; date: string; startTime: string };
export type ViolenceEntry = { id: string; occurredOn: string; area: string; types: ViolenceType[]; consentToShare: boolean };

export type ProfileSections = {
  referrals: CaseReferral[] | null;
  medicalReferrals: MedicalReferral[] | null;
  clinic: { encounters: ClinicEncounterEntry[]; owed: DueItem[] } | null;
  /** Zero or one file: an empty list is "no file", null is "not for your role". */
  volunteer: VolunteerFile[] | null;
  workshops: WorkshopEntry[] | null;
  violenceReports: ViolenceEntry[] | null;
};

/** Settings the page needs to draw a section; not part of the person's record. */
/** `clinicEncounterCount`: all of the person's encounters, which the page lists only the latest of. */
export type SectionDisplay = { clinicRecordsResults: boolean; clinicEncounterCount: number; volunteerId: string | null };

/**
 * Called after the profile's own read has committed: the domain queries use the app's client
 * (and write their own audit rows), which must not run inside an open transaction on PGlite.
 * `whole`: the export takes every row; the page shows the most recent.
 */
export async function profileSections(session: SessionUser, participantId: string, options: { today: string; whole: boolean }): Promise<{ sections: ProfileSections; display: SectionDisplay }> {
  const may = (permission: Parameters<typeof can>[1]) => can(session.role, permission);
  const programs = may("programs:read");
  const volunteerId = programs ? ((await prisma.volunteer.findUnique({ where: { participantId }, select: { id: true } }))?.id ?? null) : null;

  const [referrals, medical, clinic, volunteer, workshops, violence] = await Promise.all([
    may("referrals:read") ? referralsOf(session, participantId) : null,
    // The coordinator's case list already holds the medical ones; the health team gets only those.
    may("referrals:medical") && !may("referrals:read") ? medicalReferralsOf(session, participantId) : null,
    may("clinic:read") ? clinicHistoryOf(session, participantId, options.today, { limit: options.whole ? undefined : 100 }) : null,
    volunteerId ? volunteerDetail(session, volunteerId, { shifts: options.whole ? undefined : 200 }) : null,
    programs
      ? prisma.workshopAttendance.findMany({
          where: { participantId },
          select: { workshop: { select: { titleFr: true, titleEn: true, date: true, startTime: true } } },
          orderBy: { workshop: { startsAt: "desc" } },
        })
      : null,
    // Case staff see which reports the person made; the health team's profile stays the clinic's.
    may("violence:read") && may("intake:read")
      ? prisma.violenceReport.findMany({ where: { reporterId: participantId }, orderBy: { occurredOn: "desc" }, select: { id: true, occurredOn: true, area: true, types: true, consentToShare: true } })
      : null,
  ]);

  return {
    sections: {
      referrals: referrals?.map(({ participant: _participant, ...referral }) => referral) ?? null,
      medicalReferrals: medical?.map(({ id, domain, partner, referredOn, followUpOn, status, accompaniment, note }) => ({ id, domain, partner, referredOn, followUpOn, status, accompaniment, note })) ?? null,
      clinic: clinic ? { encounters: clinic.encounters.map(({ participant: _participant, ...encounter }) => encounter), owed: clinic.owed } : null,
      volunteer: programs ? (volunteer ? [volunteerFileOf(volunteer)] : []) : null,
      workshops: workshops?.map(({ workshop }) => ({ ...workshop, date: isoDate(workshop.date) })) ?? null,
      violenceReports: violence?.map((report) => ({ ...report, occurredOn: isoDate(report.occurredOn) })) ?? null,
    },
    display: { clinicRecordsResults: clinic?.recordsResults ?? false, clinicEncounterCount: clinic?.encounterCount ?? 0, volunteerId },
  };
}

function volunteerFileOf({ id: _id, code: _code, alias: _alias, accountId: _accountId, ...file }: VolunteerDetail): VolunteerFile {
  return file;
}
