import "server-only";
// The shape of the person's record map (record-map.ts). Kept apart from the map itself so that
// the schema check (record-map-check.ts) can be run, in a test, on a map or a schema it is handed.

/** The roles whose participant export (participants:export) may carry a column. */
export type ExportRole = "COORDINATOR" | "HEALTH";

/**
 * What anonymisation does to one column of the person's rows.
 * - clear: set to NULL (the column is optional);
 * - placeholder: a non-empty value is replaced by `value`, for a column that is required or that a
 *   figure counts when it is present (the count stays, the text goes);
 * - replace: anonymise.ts writes a fresh value itself (a new code, the "—" alias, a dead password);
 * - delete-row: the rows go (derived rows the person's record can be rebuilt without);
 * - keep: the text stays, for the reason given (it is not about the person, or not typed).
 */
export type AnonymiseRule =
  | { do: "clear" }
  | { do: "placeholder"; value: string }
  | { do: "replace"; how: string }
  | { do: "delete-row"; why: string }
  | { do: "keep"; why: string };

/**
 * What a merge does with a model's rows of the merged record.
 * - move: `column` is re-pointed from the merged record to the survivor, generically (merge.ts);
 * - combine: moved by merge.ts with the rule stated in `how` (duplicates become one);
 * - survivor: the survivor's row stays as it is, the merged one's values are recorded or dropped as `how` says;
 * - follow: the rows hang off another row of the record (a visit, an encounter) and go with it.
 */
export type MergeRule =
  | { do: "move"; column: string }
  | { do: "combine"; how: string }
  | { do: "survivor"; how: string }
  | { do: "follow"; parent: string };

export type ColumnEntry = {
  anonymise: AnonymiseRule;
  /** The roles whose record export is meant to include this column (the intended list). */
  export: readonly ExportRole[];
};

export type ModelEntry = {
  /**
   * owned: a row of the person's record (its own child models are part of the record as well);
   * account: the person's PEER sign-in, linked to the volunteer file;
   * ledger: a row that points at the record but belongs to the centre's books (stock);
   * indirect: no foreign key, but the rows can quote the person (idempotency results, audit, throttle).
   */
  link: "owned" | "account" | "ledger" | "indirect";
  merge: MergeRule;
  /** What the retention job does (it anonymises, never deletes: every row still counts). */
  retention: string;
  /**
   * SQL condition selecting the rows that are this person's, `$1` being the participant id: the
   * anonymisation clears the map's columns with it. Absent for rows found another way.
   */
  scope?: string;
  /**
   * History the person's record is made of: its foreign key to its parent is `onDelete: Restrict`,
   * so a merge that forgot it fails instead of deleting it.
   */
  history?: true;
  /** Every text column (String or Json, uuid keys excepted) of the model. */
  columns: Record<string, ColumnEntry>;
};

export type RecordMap = Record<string, ModelEntry>;
