import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { DomainError } from "@/lib/errors";
import { readScannedCode } from "@/lib/participants/code-check";
import { formatCode } from "@/lib/participants/code-format";
import { codeTerm } from "@/lib/participants/search-terms";
import { checkIn, type CheckInResult } from "@/lib/visits/commands";

// A card at the desk: a USB scanner types the code and Enter faster than the search answers, and
// a camera decodes it. The code names one person, so it checks in exactly that person, never the
// first search result (an alias may contain the same letters). A code someone else once had (a
// merged record's) still finds the person, as the search does.
export const checkInByCodeSchema = z.object({
  nightId: z.uuid({ error: "errors.notFound" }),
  // Longer than a code on purpose: a scanner's stray prefix or a typo is answered as a bad code.
  code: z.string({ error: "validation.required" }).max(20, { error: "validation.tooLong" }),
});

export type CheckInByCodeResult = CheckInResult & { participant: { id: string; alias: string; code: string }; restricted: boolean };

export async function checkInByCode(tx: Tx, session: SessionUser, nightId: string, typed: string, now: Date): Promise<CheckInByCodeResult> {
  const scanned = readScannedCode(typed);
  // What was typed goes back into the message only as code characters (the audit row keeps the key).
  const shown = typed.toUpperCase().replace(/[^0-9A-Z]/g, "").slice(0, 8);
  if (scanned?.kind !== "code") throw new DomainError("card.badCheck", {}, { code: shown });
  const term = await tx.participantSearchTerm.findFirst({
    where: { term: codeTerm(scanned.code) },
    select: { participant: { select: { id: true, alias: true, code: true } } },
  });
  if (!term) throw new DomainError("card.unknownCode", {}, { code: formatCode(scanned.code) });
  const { participant } = term;
  const result = await checkIn(tx, session, nightId, participant.id, now);
  // The person was not seen in a list before the scan: the desk is told of a restriction after it.
  const [{ restricted }] = await tx.$queryRaw<[{ restricted: boolean }]>`
    SELECT EXISTS (
      SELECT 1 FROM "Restriction" r JOIN "Night" n ON n."id" = ${nightId}::uuid
      WHERE r."participantId" = ${participant.id}::uuid AND r."startsOn" <= n."date" AND (r."endsOn" IS NULL OR r."endsOn" >= n."date")
    ) AS "restricted"`;
  return { ...result, participant, restricted };
}

export const checkInByCodeAction = {
  name: "visits.check-in-code",
  entity: "Visit",
  permission: "visits:record",
  schema: checkInByCodeSchema,
  run: async ({ tx, session, input, now }) => {
    const result = await checkInByCode(tx, session, input.nightId, input.code, now);
    return { data: result, entityId: result.visitId, messageKey: result.alreadyIn ? "tonight.alreadyIn" : "tonight.checkedIn" };
  },
} satisfies ActionDefinition<typeof checkInByCodeSchema, CheckInByCodeResult>;
