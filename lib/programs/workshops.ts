import "server-only";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/errors";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import { localTimeToUtc } from "@/lib/nights/zoned-time";
import { participantIdByCode } from "@/lib/programs/access";
import type { attendanceSchema, workshopSchema } from "@/lib/programs/schemas";
import type { WorkshopTopic } from "@/lib/generated/prisma/enums";

export type WorkshopRow = {
  id: string;
  titleFr: string;
  titleEn: string;
  topic: WorkshopTopic;
  facilitator: string;
  facilitatorOrganisation: string | null;
  date: string;
  startTime: string;
  registered: number;
  anonymousCount: number;
  feedbackScore: number | null;
};

const rowSelect = {
  id: true,
  titleFr: true,
  titleEn: true,
  topic: true,
  facilitator: true,
  facilitatorOrganisation: true,
  date: true,
  startTime: true,
  anonymousCount: true,
  feedbackScore: true,
  _count: { select: { attendees: true } },
} as const;

type Selected = Omit<WorkshopRow, "date" | "registered"> & { date: Date; _count: { attendees: number } };

function toRow({ _count, date, ...row }: Selected): WorkshopRow {
  return { ...row, date: isoDate(date), registered: _count.attendees };
}

/** Every workshop of a period, newest first: what any signed-in role may see (no attendee). */
export async function workshopList(session: SessionUser, range: { from: string; to: string }): Promise<WorkshopRow[]> {
  requirePermission(session, "workshops:read");
  const rows = await prisma.workshop.findMany({
    where: { date: { gte: dateOnly(range.from), lte: dateOnly(range.to) } },
    select: rowSelect,
    orderBy: [{ date: "desc" }, { startTime: "desc" }],
  });
  return rows.map(toRow);
}

/** The next workshops from today on (tonight's screen). */
export async function upcomingWorkshops(session: SessionUser, today: string, take = 3): Promise<WorkshopRow[]> {
  requirePermission(session, "workshops:read");
  const rows = await prisma.workshop.findMany({ where: { date: { gte: dateOnly(today) } }, select: rowSelect, orderBy: [{ date: "asc" }, { startTime: "asc" }], take });
  return rows.map(toRow);
}

export type WorkshopDetail = WorkshopRow & {
  descriptionFr: string | null;
  descriptionEn: string | null;
  feedbackNote: string | null;
  attendees: { id: string; code: string; alias: string }[];
  /** People with a visit on the workshop's night: the list attendance is taken from. */
  visitors: { id: string; code: string; alias: string }[];
};

/** One workshop with who attended (staff only); the read is an audit row. */
export async function workshopDetail(session: SessionUser, workshopId: string): Promise<WorkshopDetail> {
  requirePermission(session, "programs:read");
  const workshop = await prisma.workshop.findUnique({
    where: { id: workshopId },
    select: {
      ...rowSelect,
      descriptionFr: true,
      descriptionEn: true,
      feedbackNote: true,
      attendees: { select: { participant: { select: { id: true, code: true, alias: true } } } },
    },
  });
  if (!workshop) throw new NotFoundError();
  const visits = await prisma.visit.findMany({
    where: { night: { date: workshop.date }, participantId: { not: null } },
    select: { participant: { select: { id: true, code: true, alias: true } } },
  });
  await recordAudit(prisma, { actorId: session.userId, actorRole: session.role, action: "workshops.read", entity: "Workshop", entityId: workshopId, outcome: "SUCCESS" });
  const { attendees, descriptionFr, descriptionEn, feedbackNote, ...row } = workshop;
  const byAlias = (a: { alias: string }, b: { alias: string }) => a.alias.localeCompare(b.alias, "fr");
  return {
    ...toRow(row),
    descriptionFr,
    descriptionEn,
    feedbackNote,
    attendees: attendees.map((entry) => entry.participant).sort(byAlias),
    // One line per person, even after visits at two sites the same evening.
    visitors: [...new Map(visits.flatMap((visit) => (visit.participant ? [[visit.participant.id, visit.participant] as const] : []))).values()].sort(byAlias),
  };
}

export async function createWorkshop(tx: Tx, session: SessionUser, input: z.output<typeof workshopSchema>, timeZone: string): Promise<string> {
  const workshop = await tx.workshop.create({
    data: {
      ...input,
      date: dateOnly(input.date),
      startsAt: localTimeToUtc(input.date, input.startTime, timeZone),
      createdById: session.userId,
    },
    select: { id: true },
  });
  return workshop.id;
}

/** Replaces the attendance list and the feedback of a workshop. */
export async function saveAttendance(tx: Tx, input: z.output<typeof attendanceSchema>): Promise<number> {
  const workshop = await tx.workshop.count({ where: { id: input.workshopId } });
  if (!workshop) throw new NotFoundError();
  const ids = new Set(input.participantIds);
  for (const code of (input.extraCodes ?? "").split(/[\s,;]+/).filter(Boolean)) {
    ids.add(await participantIdByCode(tx, code, "extraCodes"));
  }
  const known = await tx.participant.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  if (known.length !== ids.size) throw new NotFoundError();
  await tx.workshopAttendance.deleteMany({ where: { workshopId: input.workshopId } });
  await tx.workshopAttendance.createMany({ data: known.map((participant) => ({ workshopId: input.workshopId, participantId: participant.id })) });
  await tx.workshop.update({
    where: { id: input.workshopId },
    data: { anonymousCount: input.anonymousCount, feedbackScore: input.feedbackScore, feedbackNote: input.feedbackNote },
  });
  return known.length + input.anonymousCount;
}
