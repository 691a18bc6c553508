import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import { DomainError } from "@/lib/errors";
import { readScannedCode } from "@/lib/participants/code-check";
import { codeTerm } from "@/lib/participants/search-terms";
import { nightAtSite } from "@/lib/nights/commands";
import { addDays, isoDate } from "@/lib/nights/local-date";
import { localTimeToUtc } from "@/lib/nights/zoned-time";
import { centreTimeZone } from "@/lib/nights/today";
import { isBlankLine, paperSheetSchema, type PaperLine } from "@/lib/nights/paper-sheet-schema";

export type PaperSheetResult = { visits: number; anonymous: number };

/** Before 5 a.m. is still the evening's night (docs/decisions/0005-the-night-rule.md). */
const EARLY_MORNING = "05:00";

/**
 * A night's paper sheet, typed in afterwards, as that night's visits: every line is checked as
 * the desk would check it, and the sheet is recorded whole or not at all, so a sheet corrected
 * and sent again never leaves half of itself behind. The desk shows a restriction without
 * refusing the person, and participants belong to the centre, not to one site: neither refuses a
 * line here either. An anonymised record, a code nobody holds, a person written twice or already
 * checked in that night does.
 */
export async function enterPaperSheet(tx: Tx, session: SessionUser, nightId: string, written: PaperLine[], timeZone: string): Promise<PaperSheetResult> {
  // Open or past, but of the person's own site.
  const night = await nightAtSite(tx, session, nightId);
  const date = isoDate(night.date);
  const site = await tx.site.findUniqueOrThrow({ where: { id: night.siteId }, select: { opensAt: true } });
  const lines = written.map((line, index) => ({ line, index })).filter(({ line }) => !isBlankLine(line));
  if (lines.length === 0) throw new DomainError("paperSheet.empty");

  const errors: Record<string, string> = {};
  const refuse = (index: number, key: string) => (errors[`lines.${index}.code`] ??= key);
  const codes = new Map<number, string>();
  for (const { line, index } of lines) {
    if (line.anonymous) {
      if (line.code !== "") refuse(index, "paperSheet.codeAndAnonymous");
      continue;
    }
    if (line.code === "") {
      refuse(index, "paperSheet.codeRequired");
      continue;
    }
    const scanned = readScannedCode(line.code);
    if (!scanned) refuse(index, "paperSheet.notACode");
    else if (scanned.kind === "bad-check") refuse(index, "paperSheet.badCheck");
    else codes.set(index, scanned.code);
  }

  // A code someone once had (a merged record's) still names the person, as at the desk.
  const terms = await tx.participantSearchTerm.findMany({
    where: { term: { in: [...new Set(codes.values())].map(codeTerm) } },
    select: { term: true, participantId: true },
  });
  const holder = new Map(terms.map((term) => [term.term, term.participantId]));
  const ids = [...new Set(terms.map((term) => term.participantId))];
  // Locked as a check-in locks it: an anonymisation at the same moment is ordered with this sheet.
  const people = ids.length
    ? await tx.$queryRaw<{ id: string; anonymised: boolean }[]>`
        SELECT "id", "anonymisedAt" IS NOT NULL AS "anonymised" FROM "Participant" WHERE "id" = ANY(${ids}::uuid[]) FOR NO KEY UPDATE`
    : [];
  const anonymised = new Set(people.filter((person) => person.anonymised).map((person) => person.id));
  const alreadyIn = new Set(
    (await tx.visit.findMany({ where: { nightId, participantId: { in: ids } }, select: { participantId: true } })).map((visit) => visit.participantId),
  );
  const participantOf = new Map<number, string>();
  const seen = new Set<string>();
  for (const [index, code] of codes) {
    const id = holder.get(codeTerm(code));
    if (!id) refuse(index, "paperSheet.unknownCode");
    else if (anonymised.has(id)) refuse(index, "paperSheet.anonymised");
    else if (alreadyIn.has(id)) refuse(index, "paperSheet.alreadyIn");
    else if (seen.has(id)) refuse(index, "paperSheet.duplicate");
    else {
      seen.add(id);
      participantOf.set(index, id);
    }
  }
  const wrong = Object.keys(errors).length;
  if (wrong > 0) throw new DomainError("paperSheet.refused", errors, { count: wrong });

  const arrivedAt = (time: string) => {
    const at = time || site.opensAt;
    return localTimeToUtc(at < EARLY_MORNING ? addDays(date, 1) : date, at, timeZone);
  };
  let anonymous = 0;
  for (const { line, index } of lines) {
    const participantId = participantOf.get(index) ?? null;
    const checkedInAt = arrivedAt(line.time);
    let visitId: string;
    if (participantId) {
      // ON CONFLICT: a desk that checked the person in since the check above makes the line wrong.
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "Visit" ("id", "nightId", "participantId", "firstVisit", "checkedInAt", "checkedInById")
        VALUES (gen_random_uuid(), ${nightId}::uuid, ${participantId}::uuid,
                NOT EXISTS (SELECT 1 FROM "Visit" v JOIN "Night" n ON n."id" = v."nightId" WHERE v."participantId" = ${participantId}::uuid AND n."date" <= ${date}::date)
                  AND NOT EXISTS (SELECT 1 FROM "Participant" WHERE "id" = ${participantId}::uuid AND "importedAt" IS NOT NULL),
                ${checkedInAt}, ${session.userId}::uuid)
        ON CONFLICT ("nightId", "participantId") DO NOTHING
        RETURNING "id"`;
      if (!inserted[0]) throw new DomainError("paperSheet.refused", { [`lines.${index}.code`]: "paperSheet.alreadyIn" }, { count: 1 });
      visitId = inserted[0].id;
      await tx.$executeRaw`
        UPDATE "Participant" SET
          "firstVisitDate" = LEAST(COALESCE("firstVisitDate", ${date}::date), ${date}::date),
          "lastVisitDate" = GREATEST("lastVisitDate", ${date}::date)
        WHERE "id" = ${participantId}::uuid`;
    } else {
      anonymous++;
      visitId = (await tx.visit.create({ data: { nightId, checkedInAt, checkedInById: session.userId }, select: { id: true } })).id;
    }
    if (line.services.length > 0) {
      await tx.visitService.createMany({ data: [...new Set(line.services)].map((kind) => ({ visitId, kind, recordedAt: checkedInAt, recordedById: session.userId })) });
    }
  }
  return { visits: lines.length, anonymous };
}

/**
 * The whole sheet in one transaction, by those who check people in. Idempotent: the sheet sent
 * twice (a double click, a retry) records its visits once.
 */
export const paperSheetAction = {
  name: "nights.paper-sheet",
  entity: "Night",
  permission: "visits:record",
  idempotent: true,
  schema: paperSheetSchema,
  run: async ({ tx, session, input }) => {
    const result = await enterPaperSheet(tx, session, input.nightId, input.lines, centreTimeZone());
    return { data: result, entityId: input.nightId, messageKey: "paperSheet.recorded", auditDetail: `visits:${result.visits} anonymous:${result.anonymous}` };
  },
} satisfies ActionDefinition<typeof paperSheetSchema, PaperSheetResult>;
