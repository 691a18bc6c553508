import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/staff-sessions";
import { DomainError } from "@/lib/errors";
import type { DateFormat } from "@/lib/costs/categories";
import { dateOnly, isoDate, nightDateOf } from "@/lib/nights/local-date";
import { centreTimeZone } from "@/lib/nights/today";
import { siteOf } from "@/lib/sites/sites";
import { generateCode } from "@/lib/participants/code";
import { formerCodeKey, normalizeText, searchTermsFor } from "@/lib/participants/search-terms";
import { ImportFileError, readImportFile } from "@/lib/import/read-file";
import { checkParticipantRows, type ParticipantRow } from "@/lib/import/participant-rows";
import { checkTallyRows, type TallyRow } from "@/lib/import/tally-rows";
import { sortProblems, type RowProblem } from "@/lib/import/problems";
import type { participantFileSchema, tallyFileSchema } from "@/lib/import/schemas";

// The centre's past into Halte: read the file, check every row (alone, then against what the
// database holds), and either show the preview or write every row in the caller's transaction.
// A single refused row refuses the file: the import writes all of its rows or none.

const SAMPLE = 10;

export type ParticipantPreview = { rowCount: number; ready: number; withFormerCode: number; sample: ParticipantRow[]; problems: RowProblem[] };
export type TallyPreview = {
  rowCount: number;
  ready: number;
  dateFormat: DateFormat;
  /** First and last night of the file, and its totals, for the coordinator to compare with the spreadsheet's. */
  from: string | null;
  to: string | null;
  totals: { visits: number; anonymousVisits: number; newPeople: number; meals: number };
  sample: TallyRow[];
  problems: RowProblem[];
};

function tableOf(content: string) {
  try {
    return readImportFile(Buffer.from(content, "base64"));
  } catch (error) {
    throw fileError(error);
  }
}

function fileError(error: unknown): unknown {
  return error instanceof ImportFileError ? new DomainError(`import.file.${error.problem}`, {}, error.values) : error;
}

// ---------------------------------------------------------------------------------------------
// Participants

async function checkedParticipants(tx: Tx, input: z.output<typeof participantFileSchema>) {
  const table = tableOf(input.content);
  let checked: ReturnType<typeof checkParticipantRows>;
  try {
    checked = checkParticipantRows(table);
  } catch (error) {
    throw fileError(error);
  }
  // A former code already held by a record (however spelled) would find two people.
  const held = new Set(
    (await tx.participant.findMany({ where: { formerCode: { not: null } }, select: { formerCode: true } })).map((row) => formerCodeKey(row.formerCode!)),
  );
  const problems = [...checked.problems];
  const participants: ParticipantRow[] = [];
  for (const row of checked.participants) {
    if (row.formerCode !== null && held.has(formerCodeKey(row.formerCode))) {
      problems.push({ line: row.line, column: checked.columnName("formerCode"), problem: "formerCodeTaken" });
    } else participants.push(row);
  }
  return { rowCount: table.rows.length, participants, problems: sortProblems(problems) };
}

export async function previewParticipants(tx: Tx, input: z.output<typeof participantFileSchema>): Promise<ParticipantPreview> {
  const { rowCount, participants, problems } = await checkedParticipants(tx, input);
  return { rowCount, ready: participants.length, withFormerCode: participants.filter((row) => row.formerCode !== null).length, sample: participants.slice(0, SAMPLE), problems };
}

/** Codes no record and no merge has had, distinct among themselves. */
async function freshCodes(tx: Tx, count: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) {
    const wanted = new Set<string>();
    while (wanted.size < count - codes.size) {
      const code = generateCode();
      if (!codes.has(code)) wanted.add(code);
    }
    const list = [...wanted];
    const [taken, merged] = await Promise.all([
      tx.participant.findMany({ where: { code: { in: list } }, select: { code: true } }),
      tx.participantMerge.findMany({ where: { mergedCode: { in: list } }, select: { mergedCode: true } }),
    ]);
    const used = new Set([...taken.map((row) => row.code), ...merged.map((row) => row.mergedCode)]);
    for (const code of list) if (!used.has(code)) codes.add(code);
  }
  return [...codes];
}

/**
 * Every participant of the file, or none. Each gets a fresh Halte code; the old one is kept as
 * the former code. No intake is made: what the person consents to is asked at their next visit.
 * A few statements whatever the size of the file (the transaction has seconds, not minutes).
 */
export async function importParticipants(tx: Tx, input: z.output<typeof participantFileSchema>, now: Date): Promise<{ count: number; withFormerCode: number }> {
  const { participants, problems } = await checkedParticipants(tx, input);
  if (problems.length > 0) throw new DomainError("import.file.rowsRefused", {}, { count: problems.length, line: problems[0]!.line });
  if (participants.length === 0) throw new DomainError("import.file.empty");
  const codes = await freshCodes(tx, participants.length);
  const records = participants.map((row, index) => ({
    id: randomUUID(),
    code: codes[index]!,
    alias: row.alias,
    aliasSearch: normalizeText(row.alias).slice(0, 40),
    formerCode: row.formerCode,
  }));
  // One statement per table with arrays as parameters: the query builder's createMany takes about
  // a second per thousand rows here, which a 500-row file would spend of the transaction's five.
  const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((record) => record[key]);
  await tx.$executeRaw`
    INSERT INTO "Participant" ("id", "code", "alias", "aliasSearch", "formerCode", "importedAt", "updatedAt")
    SELECT id, code, alias, "aliasSearch", "formerCode", ${now}, ${now}
    FROM unnest(${column("id")}::uuid[], ${column("code")}::text[], ${column("alias")}::text[], ${column("aliasSearch")}::text[], ${column("formerCode")}::text[])
      AS t(id, code, alias, "aliasSearch", "formerCode")`;
  const terms = records.flatMap((record) => searchTermsFor(record.alias, record.code, record.formerCode).map((term) => ({ participantId: record.id, term })));
  await tx.$executeRaw`
    INSERT INTO "ParticipantSearchTerm" ("participantId", "term")
    SELECT * FROM unnest(${terms.map((row) => row.participantId)}::uuid[], ${terms.map((row) => row.term)}::text[])
    ON CONFLICT DO NOTHING`;
  return { count: records.length, withFormerCode: records.filter((record) => record.formerCode !== null).length };
}

// ---------------------------------------------------------------------------------------------
// Nights' tallies

async function checkedTallies(tx: Tx, session: SessionUser, input: z.output<typeof tallyFileSchema>, now: Date) {
  const table = tableOf(input.content);
  const today = nightDateOf(now, centreTimeZone());
  let checked: ReturnType<typeof checkTallyRows>;
  try {
    checked = checkTallyRows(table, { today, dateFormat: input.dateFormat });
  } catch (error) {
    throw fileError(error);
  }
  const site = await siteOf(session, tx);
  const dates = checked.tallies.map((row) => dateOnly(row.date));
  // A night is Halte's or the spreadsheet's, never both: its visits would count twice.
  const [nights, imported] = await Promise.all([
    tx.$queryRaw<{ date: Date; visits: number }[]>`
      SELECT n."date", COALESCE(t."visits", 0) AS "visits"
      FROM "Night" n LEFT JOIN "NightTally" t ON t."nightId" = n."id"
      WHERE n."siteId" = ${site.id}::uuid AND n."date" = ANY(${dates}::date[])`,
    tx.pastNightTally.findMany({ where: { siteId: site.id, date: { in: dates } }, select: { date: true } }),
  ]);
  const nightVisits = new Map(nights.map((night) => [isoDate(night.date), night.visits]));
  const importedDates = new Set(imported.map((row) => isoDate(row.date)));
  const dateColumn = checked.columnName("date");
  const problems = [...checked.problems];
  const tallies: TallyRow[] = [];
  for (const row of checked.tallies) {
    const visits = nightVisits.get(row.date);
    if (visits !== undefined) problems.push({ line: row.line, column: dateColumn, problem: "dateHasNight", values: { visits } });
    else if (importedDates.has(row.date)) problems.push({ line: row.line, column: dateColumn, problem: "dateImported" });
    else tallies.push(row);
  }
  return { site, rowCount: table.rows.length, tallies, problems: sortProblems(problems), dateFormat: checked.dateFormat };
}

export async function previewTallies(tx: Tx, session: SessionUser, input: z.output<typeof tallyFileSchema>, now: Date): Promise<TallyPreview> {
  const { rowCount, tallies, problems, dateFormat } = await checkedTallies(tx, session, input, now);
  const sorted = [...tallies].sort((a, b) => a.date.localeCompare(b.date));
  const sum = (field: "visits" | "anonymousVisits" | "newPeople" | "meals") => tallies.reduce((total, row) => total + row[field], 0);
  return {
    rowCount,
    ready: tallies.length,
    dateFormat,
    from: sorted[0]?.date ?? null,
    to: sorted.at(-1)?.date ?? null,
    totals: { visits: sum("visits"), anonymousVisits: sum("anonymousVisits"), newPeople: sum("newPeople"), meals: sum("meals") },
    sample: tallies.slice(0, SAMPLE),
    problems,
  };
}

/** Every night of the file at the coordinator's site, or none. */
export async function importTallies(tx: Tx, session: SessionUser, input: z.output<typeof tallyFileSchema>, now: Date): Promise<{ batchId: string; count: number }> {
  const { site, tallies, problems } = await checkedTallies(tx, session, input, now);
  if (problems.length > 0) throw new DomainError("import.file.rowsRefused", {}, { count: problems.length, line: problems[0]!.line });
  if (tallies.length === 0) throw new DomainError("import.file.empty");
  const batchId = randomUUID();
  // One statement with arrays as parameters, as for the participants.
  const numbers = (key: "visits" | "anonymousVisits" | "newPeople" | "meals") => tallies.map((row) => row[key]);
  await tx.$executeRaw`
    INSERT INTO "PastNightTally" ("id", "siteId", "date", "visits", "anonymousVisits", "newPeople", "meals", "batchId", "importedAt", "importedById")
    SELECT gen_random_uuid(), ${site.id}::uuid, t.date, t.visits, t.anonymous, t.new, t.meals, ${batchId}::uuid, ${now}, ${session.userId}::uuid
    FROM unnest(${tallies.map((row) => row.date)}::date[], ${numbers("visits")}::int[], ${numbers("anonymousVisits")}::int[], ${numbers("newPeople")}::int[], ${numbers("meals")}::int[])
      AS t(date, visits, anonymous, new, meals)`;
  return { batchId, count: tallies.length };
}
