import "server-only";
import type { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import { requirePermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { NotFoundError } from "@/lib/errors";
import { dateOnly, isoDate } from "@/lib/nights/local-date";
import type { committeeMeetingSchema, suggestionSchema } from "@/lib/programs/schemas";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";

export async function createMeeting(tx: Tx, session: SessionUser, input: z.output<typeof committeeMeetingSchema>): Promise<string> {
  const meeting = await tx.committeeMeeting.create({
    data: {
      heldOn: dateOnly(input.heldOn),
      attendees: input.attendees,
      note: input.note,
      createdById: session.userId,
      suggestions: { create: input.suggestions.map((text) => ({ text })) },
    },
    select: { id: true },
  });
  return meeting.id;
}

/** What became of a suggestion. */
export async function updateSuggestion(tx: Tx, input: z.output<typeof suggestionSchema>): Promise<void> {
  const updated = await tx.committeeSuggestion.updateMany({ where: { id: input.suggestionId }, data: { status: input.status, outcome: input.outcome } });
  if (updated.count === 0) throw new NotFoundError();
}

export type MeetingRow = {
  id: string;
  heldOn: string;
  attendees: number;
  note: string | null;
  suggestions: { id: string; text: string; status: SuggestionStatus; outcome: string | null }[];
};

export async function committeeMeetings(session: SessionUser): Promise<MeetingRow[]> {
  requirePermission(session, "programs:read");
  const meetings = await prisma.committeeMeeting.findMany({
    select: { id: true, heldOn: true, attendees: true, note: true, suggestions: { select: { id: true, text: true, status: true, outcome: true }, orderBy: { id: "asc" } } },
    orderBy: { heldOn: "desc" },
    take: 60,
  });
  return meetings.map((meeting) => ({ ...meeting, heldOn: isoDate(meeting.heldOn) }));
}
