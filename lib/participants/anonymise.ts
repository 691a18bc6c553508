import "server-only";
import { accountKey } from "@/lib/auth/sign-in-throttle";
import { randomBytes } from "node:crypto";
import type { PrismaClient, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { endSessionsOfUser } from "@/lib/auth/staff-sessions";
import { generateCode } from "@/lib/participants/code";
import { clearedColumns } from "@/lib/participants/record-map";

/** What an anonymised record shows where the alias was. */
export const ANONYMISED_ALIAS = "—";

/** A password hash no password matches (bcrypt and argon2 hashes all start with "$"). */
const NO_PASSWORD = "!anonymised";

/**
 * Erasure under Quebec's Law 25 without breaking the centre's figures: the record stays (so every
 * visit, service, encounter and attendance still counts) but nothing in it or linked to it can
 * identify the person any more, and it is final (not-anonymised.ts refuses every later write).
 * What is emptied is what the record map says (record-map.ts): its "clear" and "placeholder"
 * columns are emptied here from the map, its "replace" columns are written below (a fresh code,
 * the "—" alias, the person's own PEER account ended and unlinked). Links that point at the
 * person from elsewhere (a bad-date report they made) are broken.
 * Returns false when the record was already anonymised.
 */
export async function anonymiseParticipant(tx: Tx, participantId: string, now: Date): Promise<boolean> {
  // Locked: two anonymisations at once are one, and a merge or check-in waiting on it then sees it done.
  const rows = await tx.$queryRaw<{ code: string; anonymised: boolean }[]>`
    SELECT "code", "anonymisedAt" IS NOT NULL AS "anonymised" FROM "Participant" WHERE "id" = ${participantId}::uuid FOR UPDATE`;
  const participant = rows[0];
  if (!participant) throw new NotFoundError();
  if (participant.anonymised) return false;

  // Every free text of the person's rows, from the map. The SQL is made of the map's own constant
  // table, column and scope names only; the values are parameters.
  for (const { model, scope, columns } of clearedColumns()) {
    const values: string[] = [];
    const assignments = columns.map((column) => {
      if (column.value === null) return `"${column.name}" = NULL`;
      values.push(column.value);
      // $1 is the participant id; a placeholder keeps a NULL as NULL (an absent "other" vaccine stays absent).
      return `"${column.name}" = CASE WHEN "${column.name}" IS NULL THEN NULL ELSE $${values.length + 1}::text END`;
    });
    await tx.$executeRawUnsafe(`UPDATE "${model}" SET ${assignments.join(", ")} WHERE ${scope}`, participantId, ...values);
  }

  await tx.participant.update({
    where: { id: participantId },
    data: {
      code: await freshCode(tx),
      alias: ANONYMISED_ALIAS,
      aliasSearch: "",
      birthYear: null,
      ageBand: null,
      genderIdentity: null,
      preferredLanguage: null,
      heardFrom: null,
      anonymisedAt: now,
    },
  });
  await tx.participantSearchTerm.deleteMany({ where: { participantId } });
  for (const merge of await tx.participantMerge.findMany({ where: { survivorId: participantId }, select: { id: true } })) {
    await tx.participantMerge.update({ where: { id: merge.id }, data: { mergedCode: await freshCode(tx), mergedAlias: ANONYMISED_ALIAS } });
  }
  await tx.violenceReport.updateMany({ where: { reporterId: participantId }, data: { reporterId: null } });
  // A form answered with this record's id or code (the create's result holds both) would still name it.
  await tx.$executeRaw`
    DELETE FROM "Submission" WHERE strpos("result"::text, ${participantId}) > 0 OR strpos("result"::text, ${participant.code}) > 0`;

  const volunteer = await tx.volunteer.findUnique({ where: { participantId }, select: { id: true, user: { select: { id: true, username: true } } } });
  if (volunteer?.user) await endAccount(tx, volunteer.user, now);
  return true;
}

/**
 * The person's own PEER account: signed out everywhere, disabled, renamed, its password dead and
 * its link to the file removed. The row stays because the audit log points at it.
 */
async function endAccount(tx: Tx, user: { id: string; username: string }, now: Date) {
  await endSessionsOfUser(tx, user.id, now);
  await tx.user.update({
    where: { id: user.id },
    data: {
      username: `anonymised-${randomBytes(6).toString("hex")}`,
      displayName: ANONYMISED_ALIAS,
      passwordHash: NO_PASSWORD,
      disabled: true,
      volunteerId: null,
    },
  });
  await tx.signInThrottle.deleteMany({ where: { key: accountKey(user.username) } });
}

/** A code no record and no merge has ever had. */
async function freshCode(tx: Tx | PrismaClient): Promise<string> {
  for (;;) {
    const code = generateCode();
    const [taken, merged] = await Promise.all([
      tx.participant.count({ where: { code } }),
      tx.participantMerge.count({ where: { mergedCode: code } }),
    ]);
    if (taken === 0 && merged === 0) return code;
  }
}
