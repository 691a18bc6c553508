import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { env } from "@/lib/env";
import { anonymiseParticipant } from "@/lib/participants/anonymise";
import { anonymiseInactive, pruneSubmissions, retentionCandidates } from "@/lib/participants/retention";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { addRestriction, createParticipant, endRestriction, recordIntake, updateParticipant } from "@/lib/participants/commands";
import { mergeParticipants } from "@/lib/participants/merge";
import {
  endRestrictionSchema,
  mergeSchema,
  newParticipantSchema,
  recordIntakeSchema,
  restrictionSchema,
  updateParticipantSchema,
} from "@/lib/participants/schemas";
import { nightDateOf } from "@/lib/nights/local-date";
import { centreTimeZone } from "@/lib/nights/today";

export const createParticipantAction = {
  name: "participants.create",
  idempotent: true,
  entity: "Participant",
  permission: "participants:write",
  schema: newParticipantSchema,
  run: async ({ tx, session, input, now }) => {
    const created = await createParticipant(tx, session, input, now, nightDateOf(now, centreTimeZone()));
    return { data: created, entityId: created.participantId, messageKey: "participants.created" };
  },
} satisfies ActionDefinition<typeof newParticipantSchema, { participantId: string; code: string; visitId: string | null }>;

export const updateParticipantAction = {
  name: "participants.update",
  entity: "Participant",
  permission: "participants:write",
  schema: updateParticipantSchema,
  run: async ({ tx, input }) => {
    await updateParticipant(tx, input.participantId, input);
    return { data: undefined, entityId: input.participantId, messageKey: "participants.saved" };
  },
} satisfies ActionDefinition<typeof updateParticipantSchema, undefined>;

export const recordIntakeAction = {
  name: "participants.intake",
  idempotent: true,
  entity: "Participant",
  permission: "intake:write",
  schema: recordIntakeSchema,
  run: async ({ tx, session, input, now }) => {
    await recordIntake(tx, session, input.participantId, input, now, nightDateOf(now, centreTimeZone()));
    return { data: undefined, entityId: input.participantId, messageKey: "participants.intakeSaved" };
  },
} satisfies ActionDefinition<typeof recordIntakeSchema, undefined>;

export const addRestrictionAction = {
  name: "participants.restriction",
  entity: "Participant",
  permission: "restrictions:manage",
  schema: restrictionSchema,
  run: async ({ tx, session, input }) => {
    await addRestriction(tx, session, input);
    return { data: undefined, entityId: input.participantId, messageKey: "participants.restrictionSaved" };
  },
} satisfies ActionDefinition<typeof restrictionSchema, undefined>;

export const endRestrictionAction = {
  name: "participants.end-restriction",
  entity: "Restriction",
  permission: "restrictions:manage",
  schema: endRestrictionSchema,
  run: async ({ tx, input }) => {
    await endRestriction(tx, input.restrictionId, input.endsOn);
    return { data: undefined, entityId: input.restrictionId, messageKey: "participants.restrictionEnded" };
  },
} satisfies ActionDefinition<typeof endRestrictionSchema, undefined>;

export const mergeParticipantsAction = {
  name: "participants.merge",
  entity: "Participant",
  permission: "participants:merge",
  schema: mergeSchema,
  run: async ({ tx, session, input }) => {
    const mergeId = await mergeParticipants(tx, session, input.survivorId, input.mergedId);
    return { data: { mergeId }, entityId: input.survivorId, messageKey: "participants.merged" };
  },
} satisfies ActionDefinition<typeof mergeSchema, { mergeId: string }>;

// Law 25: erasure on request and after the retention period.

const anonymiseSchema = z.object({
  participantId: z.uuid({ error: "errors.notFound" }),
  /** The coordinator types the word shown, so that a slip of the mouse cannot erase someone. */
  confirm: z.literal(true, { error: "validation.confirmAnonymise" }),
});

export const anonymiseParticipantAction = {
  name: "participants.anonymise",
  entity: "Participant",
  permission: "participants:anonymise",
  schema: anonymiseSchema,
  run: async ({ tx, input, now }) => {
    const done = await anonymiseParticipant(tx, input.participantId, now);
    if (!done) throw new DomainError("errors.alreadyAnonymised");
    return { data: undefined, entityId: input.participantId, messageKey: "rights.anonymised" };
  },
} satisfies ActionDefinition<typeof anonymiseSchema, undefined>;

const retentionSchema = z.object({ expected: z.number({ error: "errors.invalidInput" }).int().min(0).max(1_000_000) });

/**
 * The coordinator's retention button: anonymises the records the dry run listed. `expected` is
 * the count the page showed; if the list changed meanwhile, nothing is done and the page reloads.
 */
export const applyRetentionAction = {
  name: "participants.retention-run",
  entity: "Participant",
  permission: "participants:anonymise",
  schema: retentionSchema,
  run: async ({ tx, session, input, now }) => {
    const today = nightDateOf(now, centreTimeZone());
    const candidates = await retentionCandidates(tx, { today, years: env().RETENTION_YEARS });
    if (candidates.length !== input.expected) throw new DomainError("errors.retentionChanged");
    for (const candidate of candidates) await anonymiseInactive(tx, candidate, now, { userId: session.userId, role: "COORDINATOR" });
    await pruneSubmissions(tx, now);
    return { data: { count: candidates.length }, messageKey: "rights.retentionDone" };
  },
} satisfies ActionDefinition<typeof retentionSchema, { count: number }>;
