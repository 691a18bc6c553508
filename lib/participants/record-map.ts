import "server-only";
import type { ColumnEntry, RecordMap } from "@/lib/participants/record-map-types";

// One map of a person's record: every model that refers to a participant (directly, or through a
// row of the record such as a visit, an encounter or the volunteer file) and every text column of
// those models, with what merge, anonymisation, export and retention do with it. The anonymisation
// clears what this map says (anonymise.ts), the merge moves what it says (merge.ts), and a test
// reads the Prisma schema and fails when a model or a text column reachable from Participant has no
// entry here (tests/unit/record-map.test.ts), so the next table cannot be forgotten.
//
// Retention (lib/participants/retention.ts) anonymises a record after RETENTION_YEARS without a
// visit: for every column it does exactly what `anonymise` says. Nothing is ever deleted by it.

const ANONYMISED = "Anonymised with the record after the retention period (retention.ts); the row stays and counts.";
const FOLLOWS = "Follows its parent row; never deleted by retention.";

const clear = (exportRoles: ColumnEntry["export"]): ColumnEntry => ({ anonymise: { do: "clear" }, export: exportRoles });
const keep = (why: string, exportRoles: ColumnEntry["export"] = []): ColumnEntry => ({ anonymise: { do: "keep", why }, export: exportRoles });

/** Rows of the person's visits, volunteer file and clinic encounters, for the scopes below. */
const VISITS = `SELECT "id" FROM "Visit" WHERE "participantId" = $1::uuid`;
const VOLUNTEER = `SELECT "id" FROM "Volunteer" WHERE "participantId" = $1::uuid`;
const ENCOUNTERS = `SELECT "id" FROM "ClinicEncounter" WHERE "participantId" = $1::uuid`;

export const RECORD_MAP: RecordMap = {
  Participant: {
    link: "owned",
    merge: {
      do: "survivor",
      how:
        "The survivor's code, alias and details stay; the merged code and alias are kept in ParticipantMerge; first and last visit dates become the earliest and latest of both. " +
        "The merged record's former code (an import's) moves to the survivor when it had none, and stays a search term of the survivor either way.",
    },
    retention: ANONYMISED,
    scope: `"id" = $1::uuid`,
    columns: {
      code: { anonymise: { do: "replace", how: "a fresh code nobody knows" }, export: ["COORDINATOR", "HEALTH"] },
      alias: { anonymise: { do: "replace", how: "the anonymised alias \"—\"" }, export: ["COORDINATOR", "HEALTH"] },
      aliasSearch: { anonymise: { do: "replace", how: "emptied with the alias" }, export: [] },
      genderSelfDescribed: clear(["COORDINATOR"]),
      pronouns: clear(["COORDINATOR"]),
      // The person's code in the centre's old spreadsheets: it identifies them as much as the code does.
      formerCode: clear(["COORDINATOR", "HEALTH"]),
    },
  },
  ParticipantSearchTerm: {
    link: "owned",
    merge: { do: "combine", how: "The merged record's terms go with it; the survivor gains the merged code and former code as terms, so the old codes still find the person." },
    retention: "Deleted with the anonymisation: an anonymised record is found by nobody.",
    scope: `"participantId" = $1::uuid`,
    columns: {
      term: { anonymise: { do: "delete-row", why: "words of the alias, the code and the former code, rebuilt from the record" }, export: [] },
      aliasSearch: { anonymise: { do: "delete-row", why: "a copy of the record's sort key" }, export: [] },
    },
  },
  Intake: {
    link: "owned",
    history: true,
    merge: { do: "move", column: "participantId" },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: { note: clear(["COORDINATOR"]) },
  },
  Restriction: {
    link: "owned",
    history: true,
    merge: { do: "move", column: "participantId" },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: { reason: { anonymise: { do: "placeholder", value: "" }, export: ["COORDINATOR"] } },
  },
  ParticipantMerge: {
    link: "owned",
    history: true,
    merge: { do: "move", column: "survivorId" },
    retention: ANONYMISED,
    scope: `"survivorId" = $1::uuid`,
    columns: {
      mergedCode: { anonymise: { do: "replace", how: "a fresh code nobody knows (the column is unique)" }, export: ["COORDINATOR"] },
      mergedAlias: { anonymise: { do: "replace", how: "the anonymised alias \"—\"" }, export: ["COORDINATOR"] },
    },
  },
  Visit: {
    link: "owned",
    history: true,
    merge: { do: "combine", how: "One visit per night: two visits of the same night become the survivor's (services one per kind, every item); the others move; the first visit is the earliest of both." },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: {},
  },
  VisitService: {
    link: "owned",
    merge: { do: "follow", parent: "Visit" },
    retention: FOLLOWS,
    columns: {},
  },
  Distribution: {
    link: "owned",
    merge: { do: "follow", parent: "Visit" },
    retention: FOLLOWS,
    scope: `"visitId" IN (${VISITS})`,
    columns: {
      size: keep("a size from the catalogue's list, not typed about the person", ["COORDINATOR", "HEALTH"]),
      overrideReason: clear(["COORDINATOR"]),
    },
  },
  StockMovement: {
    link: "ledger",
    merge: { do: "follow", parent: "Distribution or ClinicEncounter" },
    retention: "The stock ledger is never edited; its rows for the person carry no text about them.",
    columns: {
      size: keep("a size from the catalogue's list"),
      donor: keep("who gave a receipt of stock; distributions and clinic supplies write none"),
      reason: keep("why stock was adjusted or discarded; distributions and clinic supplies write none"),
    },
  },
  Referral: {
    link: "owned",
    history: true,
    merge: { do: "move", column: "participantId" },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: { note: clear(["COORDINATOR", "HEALTH"]) },
  },
  ViolenceReport: {
    link: "owned",
    history: true,
    merge: { do: "move", column: "reporterId" },
    retention: "The report stays (the centre's safety record about an aggressor); anonymisation removes the reporter.",
    scope: `"reporterId" = $1::uuid`,
    columns: {
      timeFrom: keep("when the violence happened, not who reported it"),
      timeTo: keep("when the violence happened, not who reported it"),
      area: keep("a general area of the violence, shared on the alert sheet", ["COORDINATOR"]),
      aggressorDescription: keep("describes the aggressor, not the reporter (shared with consent)"),
      vehicleDescription: keep("describes the aggressor's vehicle"),
      plateHash: keep("a keyed hash of the aggressor's plate"),
      plateHint: keep("the last characters of the aggressor's plate"),
      phoneHash: keep("a keyed hash of the aggressor's phone"),
      phoneHint: keep("the last characters of the aggressor's phone"),
    },
  },
  ClinicEncounter: {
    link: "owned",
    history: true,
    merge: { do: "move", column: "participantId" },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: {
      // The figures count an encounter's "other" vaccine when the column is set: the name goes, the count stays.
      otherVaccine: { anonymise: { do: "placeholder", value: "—" }, export: ["HEALTH"] },
      notes: clear(["HEALTH"]),
    },
  },
  ClinicTest: { link: "owned", merge: { do: "follow", parent: "ClinicEncounter" }, retention: FOLLOWS, scope: `"encounterId" IN (${ENCOUNTERS})`, columns: {} },
  ClinicVaccination: { link: "owned", merge: { do: "follow", parent: "ClinicEncounter" }, retention: FOLLOWS, scope: `"encounterId" IN (${ENCOUNTERS})`, columns: {} },
  WorkshopAttendance: {
    link: "owned",
    history: true,
    merge: { do: "combine", how: "Moves to the survivor; when both records attended the same workshop, the two attendances are one." },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: {},
  },
  Volunteer: {
    link: "owned",
    history: true,
    merge: {
      do: "combine",
      how:
        "The survivor keeps its file; the merged file's tier changes, trainings and shifts move to it. The consent date is the earlier of both, " +
        "the file is active when either was, and the tier is the one of the latest tier change of the combined history. A merged file with no " +
        "survivor file simply moves. The peer account follows when the survivor's file has none; two accounts are refused.",
    },
    retention: ANONYMISED,
    scope: `"participantId" = $1::uuid`,
    columns: {},
  },
  VolunteerTierChange: {
    link: "owned",
    history: true,
    merge: { do: "combine", how: "Moves to the survivor's volunteer file (see Volunteer)." },
    retention: ANONYMISED,
    scope: `"volunteerId" IN (${VOLUNTEER})`,
    columns: { note: clear(["COORDINATOR"]) },
  },
  VolunteerTraining: {
    link: "owned",
    history: true,
    merge: { do: "combine", how: "Moves to the survivor's volunteer file (see Volunteer)." },
    retention: ANONYMISED,
    scope: `"volunteerId" IN (${VOLUNTEER})`,
    columns: { label: clear(["COORDINATOR"]) },
  },
  VolunteerShift: {
    link: "owned",
    history: true,
    merge: { do: "combine", how: "Moves to the survivor's volunteer file (see Volunteer)." },
    retention: ANONYMISED,
    scope: `"volunteerId" IN (${VOLUNTEER})`,
    columns: { note: clear(["COORDINATOR"]) },
  },
  User: {
    link: "account",
    merge: { do: "combine", how: "The account link moves to the survivor's volunteer file when that file has none (see Volunteer)." },
    retention: "The person's own PEER account is disabled, its sessions ended, its name replaced and its link to the file removed with the anonymisation.",
    columns: {
      username: { anonymise: { do: "replace", how: "a random \"anonymised-…\" name nobody signs in with" }, export: [] },
      displayName: { anonymise: { do: "replace", how: "the anonymised alias \"—\"" }, export: [] },
      passwordHash: { anonymise: { do: "replace", how: "a value no password matches" }, export: [] },
    },
  },
  // No foreign key to the record, but rows that can quote it.
  Submission: {
    link: "indirect",
    merge: { do: "survivor", how: "Idempotency results of past forms: left as they are (they expire after a week)." },
    retention: "Pruned after a week (retention.ts pruneSubmissions).",
    columns: {
      action: keep("the action's name"),
      result: { anonymise: { do: "replace", how: "the rows whose stored result names the record (its id or code) are deleted" }, export: [] },
    },
  },
  AuditEvent: {
    link: "indirect",
    merge: { do: "survivor", how: "Append-only: the merge writes its own row." },
    retention: "Append-only, kept: it holds ids and machine codes, never an alias, a code or typed text (lib/audit/record-audit.ts).",
    columns: {
      action: keep("the action's name"),
      entity: keep("a model's name"),
      entityId: keep("the record's id, which names nobody once the record is anonymised"),
      detail: keep("a machine-readable reason (error key, permission, period), never typed text"),
    },
  },
  SignInThrottle: {
    link: "indirect",
    merge: { do: "survivor", how: "Not touched by a merge." },
    retention: "Emptied for the person's account name with the anonymisation.",
    columns: { key: { anonymise: { do: "replace", how: "the row of the account's old name (user:<name>) is deleted" }, export: [] } },
  },
};

/** The columns the anonymisation empties itself, model by model, from the map (clear and placeholder). */
export function clearedColumns(map: RecordMap = RECORD_MAP) {
  return Object.entries(map).flatMap(([model, entry]) => {
    const columns = Object.entries(entry.columns).filter(([, column]) => column.anonymise.do === "clear" || column.anonymise.do === "placeholder");
    if (columns.length === 0) return [];
    if (!entry.scope) throw new Error(`record map: ${model} clears columns but has no scope`);
    return [{ model, scope: entry.scope, columns: columns.map(([name, column]) => ({ name, value: column.anonymise.do === "placeholder" ? column.anonymise.value : null })) }];
  });
}

/** The relations a merge re-points generically: model and column holding the participant id. */
export function movedRelations(map: RecordMap = RECORD_MAP) {
  return Object.entries(map).flatMap(([model, entry]) => (entry.merge.do === "move" ? [{ model, column: entry.merge.column }] : []));
}
